"""Ids made from names are readable and unique."""

from raci_editor.core.ids import IdMaker, make_id, slug


def test_slug_is_readable_ascii() -> None:
    assert slug("Brand & Campaigns") == "brand-campaigns"
    assert slug("Café Réunion") == "cafe-reunion"
    assert slug("市场总监") == ""


def test_make_id_avoids_taken_ids() -> None:
    assert make_id("Plan", set(), "activity") == "plan"
    assert make_id("Plan", {"plan"}, "activity") == "plan-2"
    assert make_id("Plan", {"plan", "plan-2"}, "activity") == "plan-3"
    assert make_id("市场总监", set(), "role") == "role-1"
    assert make_id("销售部", {"role-1"}, "role") == "role-2"


def test_id_maker_is_linear_for_repeated_and_non_ascii_names() -> None:
    maker = IdMaker("role")
    ids = [maker.make("市场") for _ in range(20_000)]
    assert len(set(ids)) == 20_000
    assert ids[:2] == ["role-1", "role-2"]
    same = IdMaker("activity", taken={"plan-2"})
    assert [same.make("Plan") for _ in range(3)] == ["plan", "plan-3", "plan-4"]
