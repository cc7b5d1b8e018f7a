"""The 2023 catalogue file: structure, counts, and wording checked against the seed text."""

import copy
import json
import re
import pytest

from app.models.catalogue import (
    CatalogueError, available_editions, load_catalogue, load_catalogue_file, normalise_name, validate_catalogue_data,
)
from app.paths import resource

SEED = resource("catalogue", "sources", "gongxintingxinguan-2023-66.txt")    # the notice, in the repository


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue("2023")


@pytest.fixture(scope="module")
def seed_text():
    return normalise_name(SEED.read_text(encoding="utf-8"))      # never skipped: the notice ships with the code


def test_the_notice_in_the_repository_is_the_published_text():
    text = SEED.read_text(encoding="utf-8")
    assert "工信厅信管〔2023〕66号" in text and text.rstrip().endswith("2023年11月8日印发")
    assert "“5G+工业互联网”融合应用先导区试点评审指标（2023年版）" in text


@pytest.mark.parametrize("edition", available_editions())
def test_every_bundled_edition_passes_the_schema(edition):
    data = json.loads(resource("catalogue", f"{edition}.json").read_text(encoding="utf-8"))
    validate_catalogue_data(data)          # schema + cross references (start-up skips the schema part)


def test_tree_has_6_24_37_and_points(catalogue):
    assert len(catalogue.sections) == 6
    assert sum(len(s.groups) for s in catalogue.sections) == 24
    assert len(list(catalogue.indicators())) == 37
    assert [s.points for s in catalogue.sections] == [20, 20, 25, 20, 10, 5]
    assert [len(s.groups) for s in catalogue.sections] == [4, 3, 6, 6, 4, 1]
    assert [len(s.indicators) for s in catalogue.sections] == [5, 8, 6, 9, 8, 1]


def test_six_starred_with_condition_and_rule(catalogue):
    starred = catalogue.starred()
    assert [i.code for i in starred] == ["1.1.2", "2.1.1", "3.2.1", "3.3.1", "4.3.1", "6.1.1"]
    for ind in starred:
        assert ind.condition and ind.rule and ind.evidence_required


def test_ids_are_unique_and_stable(catalogue):
    ids = [i.id for i in catalogue.indicators()]
    assert len(ids) == len(set(ids))
    assert catalogue.indicator("infrastructure.private_network.coverage").name == "5G网络覆盖率"


def test_every_name_and_condition_appears_in_the_seed(catalogue, seed_text):
    for section in catalogue.sections:
        assert normalise_name(f"{section.name}({section.points}分)") in seed_text, section.name
        for group in section.groups:
            assert normalise_name(group.name) in seed_text, group.name
            for ind in group.indicators:
                assert normalise_name(ind.name) in seed_text, ind.name
                if ind.starred:
                    assert normalise_name(ind.condition) in seed_text, ind.condition


def test_seed_rows_are_all_in_the_catalogue(catalogue, seed_text):
    """Every third-level row of the seed's table (starred or not) is a catalogue indicator, and no more."""
    raw = SEED.read_text(encoding="utf-8")
    table = raw[raw.index("一级指标\t"):raw.index("“5G+工业互联网”融合应用先导区试点建设指南\n\n“5G")]
    names = {normalise_name(i.name) for i in catalogue.indicators()}
    condition_starts = ("不少于", "每万人", "具备10个以上", "无重大")
    found = []
    for line in table.splitlines()[1:]:
        cells = [normalise_name(c) for c in line.split("\t") if c.strip()]
        cells = [c for c in cells if not c.startswith(condition_starts)]
        if cells:
            found.append(cells[-1].lstrip("*"))
    assert len(found) == 37
    assert set(found) == names


def test_guide_has_five_areas_and_sixteen_items(catalogue, seed_text):
    assert len(catalogue.guide_areas) == 5
    items = [item for area in catalogue.guide_areas for item in area.items]
    assert len(items) == 16
    for item in items:
        assert normalise_name(item) in seed_text


def test_twenty_scenarios_and_alias(catalogue):
    scenarios = catalogue.scenario_lists["miit_typical"]
    assert len(scenarios) == 20 and len({s.id for s in scenarios}) == 20
    assert catalogue.resolve_scenario("miit_typical", "生产智能监测") == catalogue.resolve_scenario("miit_typical", "生产现场监测")
    assert catalogue.resolve_scenario("miit_typical", "5G+AR远程培训") is None


def test_title_categories_are_data(catalogue):
    names = [c.name for c in catalogue.choice_lists["title_categories"]]
    assert "国家产融合作试点城市" in names and names[-1].startswith("其他")


def test_a_new_edition_is_just_a_file(tmp_path, monkeypatch):
    data = json.loads(resource("catalogue", "2023.json").read_text(encoding="utf-8"))
    data["edition"] = "2099"
    data["sections"][1]["groups"][0]["indicators"][0]["rule"]["threshold"] = "40"
    folder = tmp_path / "resources"
    (folder / "catalogue").mkdir(parents=True)
    (folder / "schema").mkdir()
    (folder / "catalogue" / "2099.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (folder / "schema" / "catalogue.schema.json").write_text(resource("schema", "catalogue.schema.json").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("PILOTZONE_RESOURCES", str(folder))
    assert available_editions() == ["2099"]
    cat = load_catalogue_file(folder / "catalogue" / "2099.json")
    assert cat.indicator("infrastructure.private_network.coverage").rule["threshold"] == "40"


@pytest.mark.parametrize("mutate, fragment", [
    (lambda d: d["sections"][0].pop("points"), "points"),
    (lambda d: d["sections"][0]["groups"][0]["indicators"][1].pop("rule"), "rule"),
    (lambda d: d["sections"][0]["groups"][0]["indicators"][1]["rule"].update(register="nope"), "nope"),
    (lambda d: d["sections"][1]["groups"][0]["indicators"].append(
        copy.deepcopy(d["sections"][1]["groups"][0]["indicators"][0])), "重复"),
])
def test_invalid_catalogue_is_refused(mutate, fragment):
    data = json.loads(resource("catalogue", "2023.json").read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(CatalogueError, match=fragment):
        validate_catalogue_data(data)
