<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Celle du système</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Case studies</source>
            <translation>Retours d’expérience</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Annuaire</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Imports</translation>
        </message>
        <message>
            <source>Visibility kit</source>
            <translation>Kit de visibilité</translation>
        </message>
        <message>
            <source>Recognition</source>
            <translation>Reconnaissance</translation>
        </message>
        <message>
            <source>Ambassadors</source>
            <translation>Ambassadeurs</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
    </context>
</TS>
