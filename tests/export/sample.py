"""A sample :class:`Document` exercising every block type (used by the export tests)."""

from __future__ import annotations

from app.export.document import Cover, Document, Heading, PageBreak, Paragraph, Table, TableOfContents

H1 = ["一、总体要求", "二、重点任务", "三、保障措施", "附件：重点项目清单"]

BODY = (
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入实施制造强国、网络强国战略，"
    "以“5G+工业互联网”融合应用先导区建设为抓手，推动5G网络与工业互联网平台在重点行业规模化应用，"
    "加快制造业数字化转型、网络化协同、智能化变革，为全市经济高质量发展提供有力支撑。"
)


def sample_document(*, project_rows: int = 40) -> Document:
    rows = [
        [
            str(i + 1),
            f"某某智能制造有限公司5G全连接工厂建设项目（第{i + 1}期）",
            "建设5G专网、边缘计算节点和工业互联网平台，实现设备联网、质量检测和远程运维等场景应用，"
            "覆盖生产线" + str(10 + i) + "条。" * (1 + i % 3),
            f"{1000 + 37 * i}",
            "2025—2026年",
        ]
        for i in range(project_rows)
    ]
    return Document(
        title="××市“5G+工业互联网”融合应用先导区试点工作方案",
        subtitle="（征求意见稿）",
        cover=Cover(
            title="××市“5G+工业互联网”融合应用先导区\n试点工作方案",
            lines=["申报城市：××省××市", "申报单位：××市人民政府"],
            date_text="2025年6月",
        ),
        draft=True,
        blocks=[
            TableOfContents(),
            Heading(1, H1[0], bookmark_key="overall"),
            Heading(2, "（一）指导思想"),
            Paragraph(BODY),
            Paragraph(BODY * 2),
            Heading(2, "（二）工作目标"),
            Paragraph("到2026年底，全市建成5G基站2万个，培育5G全连接工厂50家。"),
            Paragraph("", flagged=True),
            Heading(1, H1[1]),
            Heading(2, "（一）加快网络基础设施建设"),
            Heading(3, "1.推进5G网络深度覆盖"),
            Paragraph(BODY),
            Heading(3, "2.建设工业互联网标识解析节点"),
            Paragraph("具体建设内容见附件表格。", flagged=True),
            Heading(1, H1[2]),
            Paragraph(BODY, align="left"),
            Paragraph("××市人民政府", indent_first_line=False, align="right"),
            PageBreak(),
            Heading(1, H1[3]),
            Table(
                columns=["序号", "项目名称", "建设内容", "投资额（万元）", "建设周期"],
                rows=rows,
                col_widths=[0.6, 2.4, 4.0, 1.2, 1.4],
                caption="表1 重点项目清单",
                flagged_cells={(2, 3), (5, 1)},
            ),
        ],
    )
