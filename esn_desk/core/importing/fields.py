"""The directory fields an HR file can fill, their English/French synonyms, and automatic mapping."""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from esn_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from esn_desk.core.text import fold


@dataclass(frozen=True)
class Field:
    """A field an import can fill. ``label`` is English (it is also recognised as a column header);
    ``shown_label`` is the label in the interface language. The French labels are among the
    synonyms, so that a file whose headers are the labels (an export in French) imports back."""

    key: str
    label: str
    synonyms: tuple[str, ...]

    @property
    def shown_label(self) -> str:
        return translate("ImportFields", self.label)


FIELDS: Final = (
    Field(
        "employee_id",
        QT_TRANSLATE_NOOP("ImportFields", "Employee ID"),
        (
            "employee id",
            "employee number",
            "employee no",
            "emp no",
            "emp id",
            "emp number",
            "staff id",
            "staff number",
            "personnel number",
            "worker id",
            "id",
            "matricule",
            "n matricule",
            "numero matricule",
            "no matricule",
            "matricule salarie",
            "matricule rh",
            "id salarie",
            "numero salarie",
            "numero employe",
            "identifiant",
            "identifiant salarie",
        ),
    ),
    Field(
        "last_name",
        QT_TRANSLATE_NOOP("ImportFields", "Last name"),
        (
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom",
            "nom de famille",
            "nom usuel",
            "nom de naissance",
        ),
    ),
    Field(
        "first_name",
        QT_TRANSLATE_NOOP("ImportFields", "First name"),
        ("first name", "firstname", "given name", "forename", "prenom", "prenom usuel"),
    ),
    Field(
        "full_name",
        QT_TRANSLATE_NOOP("ImportFields", "Full name"),
        (
            "full name",
            "name",
            "display name",
            "employee name",
            "employee",
            "nom complet",
            "nom prenom",
            "prenom nom",
            "nom et prenom",
            "prenom et nom",
            "collaborateur",
            "salarie",
            "nom du salarie",
        ),
    ),
    Field(
        "email",
        QT_TRANSLATE_NOOP("ImportFields", "Email"),
        (
            "email",
            "e mail",
            "mail",
            "email address",
            "e mail address",
            "work email",
            "business email",
            "professional email",
            "email pro",
            "email professionnel",
            "adresse email",
            "adresse e mail",
            "adresse mail",
            "adresse electronique",
            "courriel",
            "courriel professionnel",
            "mail professionnel",
        ),
    ),
    Field(
        "job_title",
        QT_TRANSLATE_NOOP("ImportFields", "Job title"),
        (
            "job title",
            "title",
            "job",
            "position",
            "role",
            "job name",
            "intitule de poste",
            "intitule du poste",
            "poste",
            "fonction",
            "emploi",
            "libelle emploi",
            "libelle poste",
            "titre",
        ),
    ),
    Field(
        "department",
        QT_TRANSLATE_NOOP("ImportFields", "Department"),
        (
            "department",
            "dept",
            "division",
            "business unit",
            "bu",
            "organisation",
            "organization",
            "team",
            "direction",
            "service",
            "departement",
            "pole",
            "entite",
            "unite",
            "equipe",
        ),
    ),
    Field(
        "site",
        QT_TRANSLATE_NOOP("ImportFields", "Site"),
        (
            "site",
            "location",
            "work location",
            "office",
            "workplace",
            "establishment",
            "etablissement",
            "lieu de travail",
            "site de rattachement",
            "agence",
            "implantation",
        ),
    ),
    Field(
        "city", QT_TRANSLATE_NOOP("ImportFields", "City"), ("city", "town", "ville", "commune", "localite")
    ),
    Field(
        "country",
        QT_TRANSLATE_NOOP("ImportFields", "Country"),
        ("country", "country name", "pays", "pays de travail"),
    ),
    Field(
        "phone",
        QT_TRANSLATE_NOOP("ImportFields", "Phone"),
        (
            "phone",
            "telephone",
            "phone number",
            "work phone",
            "office phone",
            "mobile",
            "mobile phone",
            "tel",
            "telephone professionnel",
            "portable",
            "numero de telephone",
        ),
    ),
    Field(
        "manager_email",
        QT_TRANSLATE_NOOP("ImportFields", "Manager email"),
        (
            "manager email",
            "manager e mail",
            "email manager",
            "e mail manager",
            "line manager email",
            "supervisor email",
            "manager mail",
            "email du manager",
            "e mail du manager",
            "mail du manager",
            "adresse e mail du manager",
            "courriel du manager",
            "email du responsable",
            "e mail du responsable",
            "courriel du responsable",
            "email n 1",
            "mail n 1",
        ),
    ),
    Field(
        "manager_employee_id",
        QT_TRANSLATE_NOOP("ImportFields", "Manager employee ID"),
        (
            "manager id",
            "manager employee id",
            "manager number",
            "line manager id",
            "supervisor id",
            "matricule manager",
            "matricule du manager",
            "matricule du responsable",
            "matricule n 1",
            "id manager",
            "id du manager",
            "manager employee number",
        ),
    ),
    Field(
        "hire_date",
        QT_TRANSLATE_NOOP("ImportFields", "Hire date"),
        (
            "hire date",
            "start date",
            "date of hire",
            "hiring date",
            "joining date",
            "date joined",
            "seniority date",
            "date d entree",
            "date entree",
            "date d embauche",
            "date embauche",
            "date d arrivee",
            "date anciennete",
            "entree",
        ),
    ),
)
FIELD_BY_KEY: Final = {f.key: f for f in FIELDS}
# A row must carry one of these to identify a person.
KEY_FIELDS: Final = ("employee_id", "email")


def normalise_header(text: object) -> str:
    """``"Adresse e-mail "`` → ``"adresse e mail"``: folded, punctuation as spaces."""
    folded = fold(str(text)) if text is not None else ""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def _compact(text: str) -> str:
    return text.replace(" ", "")


# Columns that look like an email but are not the work address: never map them automatically.
_PRIVATE = re.compile(r"\b(perso|personal|personnel(le)?|private|prive|privee|home|domicile)\b")


class Vocabulary:
    """The fields one kind of import can fill (HR directory, ambassador roster, ESN usage) and
    how its column headers are recognised."""

    def __init__(self, what: str, fields: Sequence[Field], *, identity: tuple[str, ...] = KEY_FIELDS) -> None:
        self.what = what
        self.fields = tuple(fields)
        self.by_key = {f.key: f for f in self.fields}
        self.identity = identity  # one of these must be mapped to recognise each person
        self._exact = {_compact(s): f.key for f in self.fields for s in (*f.synonyms, f.label.lower())}

    def label(self, key: str) -> str:
        """The field's label in the interface language (for messages and the wizard)."""
        return self.by_key[key].shown_label

    def match(self, header: object) -> str | None:
        """The field a column header names, or None. Exact on normalised text, then forgiving of typos."""
        norm = normalise_header(header)
        if not norm:
            return None
        if _PRIVATE.search(norm) and (
            "mail" in norm or "courriel" in norm or "phone" in norm or "tel" in norm
        ):
            return None
        compact = _compact(norm)
        if compact in self._exact:
            return self._exact[compact]
        if len(compact) >= 6:
            close = difflib.get_close_matches(compact, list(self._exact), n=1, cutoff=0.88)
            if close:
                return self._exact[close[0]]
        return None

    def auto_mapping(self, headers: Sequence[object]) -> dict[int, str]:
        """Column index → field for the headers we recognise; each field is used once (first wins)."""
        mapping: dict[int, str] = {}
        used: set[str] = set()
        for index, header in enumerate(headers):
            field = self.match(header)
            if field and field not in used:
                mapping[index] = field
                used.add(field)
        return mapping

    def signature(self, headers: Sequence[object]) -> str:
        """Identifies 'a file with the same headers' (of this kind) to propose last time's mapping."""
        base = header_signature(headers)
        return base if self.what == "hr" else f"{self.what}:{base}"


HR: Final = Vocabulary("hr", FIELDS)


def match_field(header: object) -> str | None:
    """The HR field a column header names, or None."""
    return HR.match(header)


def auto_mapping(headers: Sequence[object]) -> dict[int, str]:
    """Column index → HR field for the headers we recognise."""
    return HR.auto_mapping(headers)


def header_signature(headers: Sequence[object]) -> str:
    """Identifies 'a file with the same headers' to propose the mapping the user chose last time."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


_IDENTITY: Final = (FIELD_BY_KEY["employee_id"], FIELD_BY_KEY["email"])

ROSTER: Final = Vocabulary(
    "roster",
    (
        *_IDENTITY,
        Field(
            "role",
            QT_TRANSLATE_NOOP("ImportFields", "Role"),
            ("role", "ambassador role", "type", "type d ambassadeur", "role ambassadeur"),
        ),
        Field(
            "status",
            QT_TRANSLATE_NOOP("ImportFields", "Status"),
            (
                "status",
                "statut",
                "etat",
                "state",
                "stage",
                "etape",
                "statut ambassadeur",
                "status ambassador",
            ),
        ),
        Field(
            "source",
            QT_TRANSLATE_NOOP("ImportFields", "Source"),
            (
                "source",
                "origin",
                "origine",
                "channel",
                "canal",
                "recruited via",
                "how recruited",
                "provenance",
            ),
        ),
        Field(
            "applied_on",
            QT_TRANSLATE_NOOP("ImportFields", "Applied on"),
            (
                "applied on",
                "application date",
                "date applied",
                "joined",
                "joined on",
                "date joined programme",
                "since",
                "date",
                "date de candidature",
                "candidature",
                "date d adhesion",
                "date d entree dans le programme",
                "ambassadeur depuis",
                "depuis",
            ),
        ),
        Field(
            "objective",
            QT_TRANSLATE_NOOP("ImportFields", "Objective"),
            ("objective", "goal", "objectif", "objectifs", "mission"),
        ),
        Field(
            "notes",
            QT_TRANSLATE_NOOP("ImportFields", "Notes"),
            ("notes", "note", "comments", "comment", "remarks", "commentaire", "commentaires", "remarques"),
        ),
    ),
)

USAGE: Final = Vocabulary(
    "usage",
    (
        *_IDENTITY,
        Field(
            "last_active",
            QT_TRANSLATE_NOOP("ImportFields", "Last active"),
            (
                "last active",
                "last active date",
                "last activity",
                "last activity date",
                "last seen",
                "last login",
                "last visit",
                "last access",
                "derniere activite",
                "date de derniere activite",
                "derniere connexion",
                "date de derniere connexion",
                "derniere visite",
                "dernier acces",
            ),
        ),
        Field(
            "posts",
            QT_TRANSLATE_NOOP("ImportFields", "Posts"),
            (
                "posts",
                "post",
                "posts created",
                "messages posted",
                "messages",
                "threads",
                "conversations started",
                "publications",
                "nombre de publications",
                "nb publications",
                "messages publies",
                "articles",
            ),
        ),
        Field(
            "comments",
            QT_TRANSLATE_NOOP("ImportFields", "Comments"),
            ("comments", "replies", "comments posted", "commentaires", "reponses", "nombre de commentaires"),
        ),
        Field(
            "reactions",
            QT_TRANSLATE_NOOP("ImportFields", "Reactions"),
            (
                "reactions",
                "likes",
                "reactions given",
                "likes given",
                "j aime",
                "mentions j aime",
                "reactions donnees",
            ),
        ),
        Field(
            "views",
            QT_TRANSLATE_NOOP("ImportFields", "Views"),
            (
                "views",
                "reads",
                "visits",
                "messages read",
                "posts read",
                "vues",
                "lectures",
                "visites",
                "consultations",
            ),
        ),
    ),
)
VOCABULARIES: Final = {v.what: v for v in (HR, ROSTER, USAGE)}
