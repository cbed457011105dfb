#!/usr/bin/env python3
"""Writes the reader fixtures of tests/exchange/tst_readers.cpp into this folder.

The XLSX files are laid out part by part the way Excel (Microsoft 365, Japanese) and LibreOffice Calc write
them, so the reader is tested against real shapes (shared strings with furigana, rich-text runs, date styles,
cached formula values, sparse cells) without committing opaque binaries nobody can review. The broken files
are derived from them. Run it again after changing it; the output is byte-for-byte reproducible.

Two fixtures come from the real programs instead, and are not written here:
- libreoffice_saved.xlsx: LibreOffice Calc 7.4 (Debian 12) saving this CSV, imported with dates detected
  and formulas evaluated:
      管理番号,名称,件数,登録日,合計
      2301-001,国保被保険者台帳,3,2024-04-01,=C2*2
      2301-002,"改行<LF>あり",1.5,2025-03-31,=C3*2
  soffice --headless --infilter="CSV:44,34,76,1,,1041,false,false,false,false,true" \
          --convert-to xlsx:"Calc MS Excel 2007 XML" lo_source.csv
- xlsxwriter_saved.xlsx: libxlsxwriter 1.1.4, the library Daicho exports with: sheet 台帳, A1 管理番号,
  D1 登録日, row 2 empty, then A3 "2301-001", B3 3, C3 =B3*2 (cached 6), D3 2024-04-01 as yyyy/mm/dd,
  E3 the same date as [$-ja-JP]ggge"年"m"月"d"日", F3 TRUE, G3 "1行目<LF>2行目".
"""
import io
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE = "application/vnd.openxmlformats-officedocument"


def zip_bytes(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    return buffer.getvalue()


def content_types(sheets, shared=True):
    overrides = [("/xl/workbook.xml", "spreadsheetml.sheet.main+xml")]
    overrides += [(f"/xl/worksheets/sheet{i}.xml", "spreadsheetml.worksheet+xml") for i in range(1, sheets + 1)]
    overrides += [("/xl/styles.xml", "spreadsheetml.styles+xml")]
    if shared:
        overrides += [("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml")]
    overrides += [("/docProps/app.xml", "extended-properties+xml")]
    return (XML + f'<Types xmlns="{CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
            'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            + "".join(f'<Override PartName="{p}" ContentType="{OFFICE}.{t}"/>' for p, t in overrides) + "</Types>")


PACKAGE_RELS = (XML + f'<Relationships xmlns="{PKG_REL}">'
                f'<Relationship Id="rId2" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
                f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                "</Relationships>")
APP = (XML + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       "<Application>Microsoft Excel</Application></Properties>")


def si(text):
    return f"<si><t>{text}</t></si>"


# ---- Excel: shared strings with furigana and rich text, a 和暦 custom date, a title row and a blank row above
# a two-row header, a formula with its cached value, sparse cells, and a second sheet named 台帳.
EXCEL_STRINGS = [
    si("情報資産管理台帳（令和6年度）"),                                  # 0
    si("管理番号"), si("情報資産名称"), si("評価値"), si("機密性"), si("完全性"),  # 1-5
    si("登録日"), si("備考"),                                             # 6-7
    # rich text: two runs, and the reading Excel keeps beside them (<rPh>) which is not the text
    '<si><r><rPr><b/><sz val="11"/><rFont val="游ゴシック"/><family val="3"/><charset val="128"/></rPr>'
    '<t>国保</t></r><r><rPr><sz val="11"/><rFont val="游ゴシック"/><family val="3"/><charset val="128"/>'
    '</rPr><t>被保険者台帳</t></r><rPh sb="0" eb="2"><t>コクホ</t></rPh><rPh sb="2" eb="8">'
    '<t>ヒホケンシャダイチョウ</t></rPh><phoneticPr fontId="1"/></si>',    # 8
    '<si><t xml:space="preserve"> 前後に空白 </t></si>',                 # 9
    "<si><t>1行目\n2行目</t></si>",                                        # 10
    si("2301-001"), si("2301-002"),                                       # 11-12
    '<si><t>課内連絡網</t><rPh sb="0" eb="2"><t>カナイ</t></rPh><rPh sb="2" eb="5"><t>レンラクモウ</t>'
    '</rPh><phoneticPr fontId="1"/></si>',                                 # 13
    si("台帳シート"), si("有"),                                            # 14-15
    si("改行_x000D_あり_x005F_x0041_"),                                     # 16
]

EXCEL_WORKBOOK = (XML + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}" '
                  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">'
                  '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
                  '<workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" '
                  'yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets>'
                  '<sheet name="一覧" sheetId="1" r:id="rId1"/><sheet name="台帳" sheetId="2" r:id="rId2"/>'
                  '</sheets><calcPr calcId="191029"/></workbook>')

EXCEL_WORKBOOK_RELS = (XML + f'<Relationships xmlns="{PKG_REL}">'
                       f'<Relationship Id="rId3" Type="{REL}/theme" Target="theme/theme1.xml"/>'
                       f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet2.xml"/>'
                       f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                       f'<Relationship Id="rId5" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                       f'<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/>'
                       "</Relationships>")

FONT = '<font><sz val="11"/><color theme="1"/><name val="游ゴシック"/><family val="2"/><charset val="128"/>' \
       '<scheme val="minor"/></font>'
# cellXfs: 0 standard, 1 yyyy/m/d (14), 2 和暦 (176), 3 bold, 4 h:mm (20), 5 "0.0_ " (177, not a date).
# The cell-style xf with numFmtId 14 must not shift the cell formats' numbering.
EXCEL_STYLES = (XML + f'<styleSheet xmlns="{MAIN}"><numFmts count="2">'
                '<numFmt numFmtId="176" formatCode="[$-ja-JP]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/>'
                '<numFmt numFmtId="177" formatCode="0.0_ "/></numFmts>'
                f'<fonts count="2">{FONT}{FONT.replace("<sz", "<b/><sz")}</fonts>'
                '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
                'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/>'
                '<diagonal/></border></borders>'
                '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0">'
                '<alignment vertical="center"/></xf><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/>'
                '</cellStyleXfs><cellXfs count="6">'
                '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>'
                '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1">'
                '<alignment vertical="center"/></xf>'
                '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
                '<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                '<xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                '</cellXfs><cellStyles count="1"><cellStyle name="標準" xfId="0" builtinId="0"/></cellStyles>'
                '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
                'defaultPivotStyle="PivotStyleLight16"/></styleSheet>')


def sheet(dimension, rows, tail=""):
    return (XML + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
            f'<dimension ref="{dimension}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/>'
            '</sheetViews><sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>'
            f'<sheetData>{rows}</sheetData>{tail}'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '<pageSetup paperSize="9" orientation="portrait" r:id="rId1"/></worksheet>')


EXCEL_SHEET1 = sheet("A1:L8", (
    '<row r="1" spans="1:12" x14ac:dyDescent="0.4"><c r="A1" s="3" t="s"><v>0</v></c></row>'
    '<row r="3" spans="1:12" x14ac:dyDescent="0.4"><c r="A3" s="3" t="s"><v>1</v></c><c r="B3" s="3" t="s">'
    '<v>2</v></c><c r="C3" s="3" t="s"><v>3</v></c><c r="D3" s="3"/><c r="E3" s="3" t="s"><v>6</v></c>'
    '<c r="F3" s="3" t="s"><v>7</v></c></row>'
    '<row r="4" spans="1:12" x14ac:dyDescent="0.4"><c r="A4" s="3"/><c r="B4" s="3"/><c r="C4" s="3" t="s">'
    '<v>4</v></c><c r="D4" s="3" t="s"><v>5</v></c></row>'
    '<row r="5" spans="1:12" x14ac:dyDescent="0.4"><c r="A5" t="s"><v>11</v></c><c r="B5" t="s"><v>8</v></c>'
    '<c r="C5"><v>3</v></c><c r="D5"><f>C5-1</f><v>2</v></c><c r="E5" s="1"><v>45383</v></c>'
    '<c r="F5" t="s"><v>13</v></c><c r="H5" s="5"><v>1.5</v></c><c r="I5" t="b"><v>1</v></c></row>'
    '<row r="6" spans="1:12" x14ac:dyDescent="0.4"><c r="A6" t="s"><v>12</v></c><c r="B6" t="s"><v>9</v></c>'
    '<c r="C6"><v>2</v></c><c r="D6" t="str"><f>IF(C6&gt;1,"高","低")</f><v>高</v></c>'
    '<c r="E6" s="2"><v>45748</v></c><c r="F6" t="s"><v>10</v></c><c r="G6" s="4"><v>0.5</v></c>'
    '<c r="J6" t="e"><f>VLOOKUP(A6,A1:A2,2,FALSE)</f><v>#N/A</v></c><c r="K6"><v>0.30000000000000004</v></c>'
    '<c r="L6"><v>1.0000000000000001E-3</v></c></row>'
    '<row r="8" spans="1:12" x14ac:dyDescent="0.4"><c r="A8" s="3"/><c r="B8" t="s"><v>16</v></c></row>'),
    '<mergeCells count="2"><mergeCell ref="C3:D3"/><mergeCell ref="A3:A4"/></mergeCells>')

EXCEL_SHEET2 = sheet("A1:B2", (
    '<row r="1" spans="1:2"><c r="A1" t="s"><v>14</v></c><c r="B1"><v>42</v></c></row>'
    '<row r="2" spans="1:2"><c r="A2" t="s"><v>15</v></c></row>'))


def excel_parts(sheet1=EXCEL_SHEET1):
    return [
        ("[Content_Types].xml", content_types(2)),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/app.xml", APP),
        ("xl/workbook.xml", EXCEL_WORKBOOK),
        ("xl/_rels/workbook.xml.rels", EXCEL_WORKBOOK_RELS),
        ("xl/worksheets/sheet1.xml", sheet1),
        ("xl/worksheets/sheet2.xml", EXCEL_SHEET2),
        ("xl/theme/theme1.xml", XML + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                                      'name="Office テーマ"/>'),
        ("xl/styles.xml", EXCEL_STYLES),
        ("xl/sharedStrings.xml", XML + f'<sst xmlns="{MAIN}" count="{len(EXCEL_STRINGS) + 3}" '
                                       f'uniqueCount="{len(EXCEL_STRINGS)}">' + "".join(EXCEL_STRINGS) + "</sst>"),
    ]


# ---- LibreOffice Calc: inline strings, "General" as a custom format, upper-case date codes, a string formula.
LO_WORKBOOK = (XML + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><fileVersion appName="Calc"/>'
               '<workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/>'
               '<bookViews><workbookView showHorizontalScroll="true" activeTab="0"/></bookViews><sheets>'
               '<sheet name="Sheet1" sheetId="1" state="visible" r:id="rId2"/></sheets>'
               '<calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.001"/></workbook>')
LO_WORKBOOK_RELS = (XML + f'<Relationships xmlns="{PKG_REL}">'
                    f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
                    f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                    "</Relationships>")
LO_STYLES = (XML + f'<styleSheet xmlns="{MAIN}"><numFmts count="3">'
             '<numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="YYYY/MM/DD"/>'
             '<numFmt numFmtId="166" formatCode="[$-411]GGGE&quot;年&quot;M&quot;月&quot;D&quot;日&quot;"/>'
             '</numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>'
             '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
             'patternType="gray125"/></fill></fills><borders count="1"><border diagonalUp="false" '
             'diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders>'
             '<cellStyleXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
             '<cellXfs count="3"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/>'
             '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/>'
             '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/>'
             '</cellXfs><cellStyles count="1"><cellStyle name="Default" xfId="0" builtinId="0"/></cellStyles>'
             '</styleSheet>')


def inline(ref, text):
    return f'<c r="{ref}" s="0" t="inlineStr"><is><t>{text}</t></is></c>'


def lo_row(r, cells):
    return (f'<row r="{r}" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" '
            f'collapsed="false">{cells}</row>')


LO_SHEET = (XML + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetPr filterMode="false"><pageSetUpPr '
            'fitToPage="false"/></sheetPr><dimension ref="A1:F3"/><sheetViews><sheetView showGridLines="true" '
            'workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="12.8"/><cols><col min="1" '
            'max="6" width="11.52" customWidth="false" style="0"/></cols><sheetData>'
            + lo_row(1, inline("A1", "管理番号") + inline("B1", "件数") + inline("C1", "登録日")
                     + inline("D1", "式") + inline("E1", "数") + inline("F1", "和暦"))
            + lo_row(2, inline("A2", "2301-003") + '<c r="B2" s="0" t="n"><v>1</v></c>'
                     '<c r="C2" s="1" t="n"><v>45383</v></c>'
                     '<c r="D2" s="0" t="str"><f aca="false">A2&amp;"-x"</f><v>2301-003-x</v></c>'
                     '<c r="E2" s="0" t="n"><v>3.14159</v></c><c r="F2" s="2" t="n"><v>43586</v></c>')
            + lo_row(3, '<c r="A3" s="0" t="inlineStr"><is><r><t>リッチ</t></r><r><t>テキスト</t></r></is></c>')
            + '</sheetData><printOptions headings="false" gridLines="false"/><pageMargins left="0.7875" '
            'right="0.7875" top="1.05277777777778" bottom="1.05277777777778" header="0.7875" '
            'footer="0.7875"/></worksheet>')


def libreoffice_parts():
    return [
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/app.xml", APP.replace("Microsoft Excel", "LibreOffice/7.4")),
        ("xl/_rels/workbook.xml.rels", LO_WORKBOOK_RELS),
        ("xl/workbook.xml", LO_WORKBOOK),
        ("xl/styles.xml", LO_STYLES),
        ("xl/worksheets/sheet1.xml", LO_SHEET),
        ("[Content_Types].xml", content_types(1, shared=False)),
    ]


# ---- A minimal writer: 1904 date system, no styles.xml or sharedStrings.xml, rows and cells without
# references, an absolute relationship target.
MINIMAL_WORKBOOK = (XML + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="1"/><sheets>'
                    '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
MINIMAL_RELS = (XML + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/worksheet" '
                'Target="/xl/worksheets/data.xml"/><Relationship Id="rId2" Type="{REL}/styles" '
                'Target="styles.xml"/></Relationships>').replace("{REL}", REL)
MINIMAL_STYLES = (XML + f'<styleSheet xmlns="{MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/>'
                  '</cellXfs></styleSheet>')
MINIMAL_SHEET = (XML + f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
                 '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>'
                 '<x:row><x:c s="1"><x:v>43921</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>'
                 '</x:sheetData></x:worksheet>')


def minimal_parts():
    return [
        ("[Content_Types].xml", content_types(1, shared=False)),
        ("_rels/.rels", PACKAGE_RELS),
        ("xl/workbook.xml", MINIMAL_WORKBOOK),
        ("xl/_rels/workbook.xml.rels", MINIMAL_RELS),
        ("xl/styles.xml", MINIMAL_STYLES),
        ("xl/worksheets/data.xml", MINIMAL_SHEET),
    ]


def corrupt_member(data, member):
    """Flips bytes inside one member's compressed data, leaving the zip's directory intact."""
    z = zipfile.ZipFile(io.BytesIO(data))
    info = z.getinfo(member)
    header = data[info.header_offset:info.header_offset + 30]
    start = info.header_offset + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
    broken = bytearray(data)
    for i in range(start + info.compress_size // 3, start + info.compress_size // 3 + 16):
        broken[i] ^= 0x5A
    return bytes(broken)


def main():
    rng = random.Random(20261130)
    excel = zip_bytes(excel_parts())
    files = {
        "excel_register.xlsx": excel,
        "libreoffice_register.xlsx": zip_bytes(libreoffice_parts()),
        "minimal_1904.xlsx": zip_bytes(minimal_parts()),
        # broken ones
        "truncated.xlsx": excel[:len(excel) // 2],
        "no_workbook.xlsx": zip_bytes([("[Content_Types].xml", content_types(0)),
                                       ("word/document.xml", XML + "<document/>")]),
        "broken_sheet.xlsx": zip_bytes(excel_parts(EXCEL_SHEET1[:len(EXCEL_SHEET1) // 2])),
        "corrupt_data.xlsx": corrupt_member(excel, "xl/worksheets/sheet1.xml"),
        "spreadsheet.ods": zip_bytes([("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                      ("content.xml", XML + "<office:document-content/>")]),
        "random.bin": bytes(rng.randrange(256) for _ in range(4096)),
        "empty.csv": b"",
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
