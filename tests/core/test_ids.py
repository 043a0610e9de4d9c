"""Ids made from names are readable and unique."""

from raci_editor.core.ids import IdMaker, slug


def test_slug_is_readable_ascii() -> None:
    assert slug("Brand & Campaigns") == "brand-campaigns"
    assert slug("Café Réunion") == "cafe-reunion"
    assert slug("市场总监") == ""


def test_an_id_avoids_taken_ids() -> None:
    assert IdMaker("activity", set()).make("Plan") == "plan"
    assert IdMaker("activity", {"plan"}).make("Plan") == "plan-2"
    assert IdMaker("activity", {"plan", "plan-2"}).make("Plan") == "plan-3"
    assert IdMaker("role", set()).make("市场总监") == "role-1"
    assert IdMaker("role", {"role-1"}).make("销售部") == "role-2"


def test_id_maker_is_linear_for_repeated_and_non_ascii_names() -> None:
    maker = IdMaker("role")
    ids = [maker.make("市场") for _ in range(20_000)]
    assert len(set(ids)) == 20_000
    assert ids[:2] == ["role-1", "role-2"]
    same = IdMaker("activity", taken={"plan-2"})
    assert [same.make("Plan") for _ in range(3)] == ["plan", "plan-3", "plan-4"]


def test_a_chinese_name_with_a_number_gets_a_prefixed_id_not_a_bare_number() -> None:
    maker = IdMaker("role")
    assert maker.make("新角色") == "role-1"
    assert maker.make("新角色 2") == "role-2"
    assert maker.make("2024") == "role-3"
