"""The workspace list shows each dossier's stage in its life and the next due item, ratings included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from app.models.storage import read_summary
from app.models.storage.exchange_import import import_exchange
from app.ui.home import DossierListModel
from app.ui.pilot_home import lifecycle_columns, lifecycle_tooltip

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_home_list_shows_the_pilot_year_ratings_and_the_next_due_item(tmp_path):
    for name in ("binjiang-year2", "binjiang"):
        import_exchange(EXAMPLES / f"{name}.json", tmp_path / f"{name}.pzd").close()
    year2, draft = read_summary(tmp_path / "binjiang-year2.pzd"), read_summary(tmp_path / "binjiang.pzd")
    assert lifecycle_columns(year2, date(2026, 12, 1)) == (
        "试点第2年（2星）", "第2年度试点工作报告（第2年至2027年9月18日）")
    assert lifecycle_columns(year2, date(2027, 10, 1)) == (
        "试点第3年（2星）", "报送第2年度试点工作报告（第2年已于2027年9月18日结束）")
    assert lifecycle_columns(draft) == ("草稿", "完成申报材料并定稿")
    assert "星级评定：第1年 2星" in lifecycle_tooltip(year2)
    model = DossierListModel()
    model.set_entries([year2, draft])
    assert model.headerData(model.NEXT, Qt.Orientation.Horizontal) == "下一事项"
    stage = model.data(model.index(0, model.STAGE))
    assert stage.startswith("试点第") and stage.endswith("（2星）")
    assert model.data(model.index(0, model.NEXT)).startswith(("第", "报送", "复核"))
    assert model.data(model.index(1, model.STAGE)) == "草稿"


def test_the_home_tooltip_writes_the_approval_date_as_the_rest_of_the_list_does(tmp_path):
    """「批复日期：2025-09-18」: the tooltip of a pilot's row showed the ISO date the summary stores."""
    import_exchange(EXAMPLES / "binjiang-year2.json", tmp_path / "year2.pzd").close()
    tooltip = lifecycle_tooltip(read_summary(tmp_path / "year2.pzd"))
    assert "批复日期：2025年9月18日" in tooltip and "2025-09-18" not in tooltip
