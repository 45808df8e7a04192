from datetime import date

from esn_desk.core.programme import ProgrammeRules
from esn_desk.core.store import Store
from esn_desk.ui.views.dashboard import DashboardPage


def test_dashboard_headlines_pipeline_and_attention(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    counts = demo_store.programme.counts_by_status()
    page = DashboardPage(demo_store.programme, demo_store.coverage, demo_store.settings, demo_store.adoption)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    assert page.active.value.text().startswith(f"{counts['active']} / ")
    assert page.waiting.value.text() == str(
        sum(counts[s] for s in ("applied", "nominated", "hr_validated", "manager_confirmed"))
    )
    assert dict(page.pipeline.stages)["Active"] == counts["active"]
    assert page.attention.count() > 0
    assert not page.grab().isNull()


def test_needs_attention_lists_leavers_first_then_the_longest_waits(demo_store: Store) -> None:
    demo_store.programme.save_rules(ProgrammeRules(flow="hr_then_manager", rules=[]))
    active = demo_store.programme.roster(status="active")
    assert active
    with demo_store.db.write() as conn:
        conn.execute("UPDATE person SET status = 'left' WHERE email = ?", (active[0]["email"],))
    items = demo_store.programme.needs_attention(today=date(2027, 1, 1))
    assert items[0].kind == "left_company" and items[0].name == active[0]["name"]
    assert all(i.kind != "left_company" for i in items[1:])
    assert {i.kind for i in items[1:]} <= {"waiting_activation", "waiting_manager", "waiting_hr"}


def test_dashboard_shows_adoption_against_the_tipping_point(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(demo_store.programme, demo_store.coverage, demo_store.settings, demo_store.adoption)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    periods = demo_store.adoption.periods()
    assert len(periods) == 2  # the demo's September and October usage exports
    latest = periods[-1]
    assert page.adoption.value.text() == f"{latest.contributors_share * 100:.1f}%"
    assert "tipping point 12%" in page.adoption.context.text()
    assert "pts since the previous import" in page.adoption.context.text()
    assert page.trend.periods == periods
    lagging = [a for a in page.adoption_chart.rows if not a.reached(0.12)]
    texts = [page.attention.item(i).text() for i in range(page.attention.count())]
    assert lagging and any(lagging[0].population in t and "tipping point" in t for t in texts)


def test_dashboard_without_usage_data_says_how_to_get_it(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from esn_desk.core.store import open_store

    store = open_store(":memory:")
    page = DashboardPage(store.programme, store.coverage, store.settings, store.adoption)
    qtbot.addWidget(page)
    page.show()
    assert page.adoption.value.text() == "–" and "Import ESN usage export" in page.adoption.context.text()
    assert not page.grab().isNull()
    store.close()


def test_pipeline_shows_only_the_steps_of_the_programmes_flow(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(demo_store.programme, demo_store.coverage, demo_store.settings, demo_store.adoption)
    qtbot.addWidget(page)
    page.show()
    assert "Manager-confirmed" in dict(page.pipeline.stages)
    for row in demo_store.programme.roster(status="manager_confirmed"):
        demo_store.programme.transition(row["id"], "active", by="test")
    demo_store.programme.save_rules(ProgrammeRules(flow="hr", rules=[]))
    page.refresh()
    assert "Manager-confirmed" not in dict(page.pipeline.stages) and "HR-validated" in dict(
        page.pipeline.stages
    )


def test_dashboard_lists_upcoming_training_and_who_still_needs_it(qtbot, demo_store: Store) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(
        demo_store.programme,
        demo_store.coverage,
        demo_store.settings,
        demo_store.adoption,
        training=demo_store.training,
    )
    qtbot.addWidget(page)
    page.show()
    upcoming = [s for s in demo_store.training.upcoming(limit=6) if not s.cancelled]
    assert upcoming and page.upcoming.count() == len(upcoming)
    assert upcoming[0].title in page.upcoming.item(0).text()
    missing = demo_store.training.missing_trainings()
    texts = [page.attention.item(i).text() for i in range(page.attention.count())]
    assert missing and any(
        f"{len(missing)} active ambassador" in t and "still need training" in t for t in texts
    )
