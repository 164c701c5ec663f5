"""Hostile claim sheet files, built by hand: XLSX packages with the XML written out."""

import io
import zipfile

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Claims" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx(sheet_xml):
    """An XLSX package whose one worksheet ("Claims") is ``sheet_xml`` as written."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        package.writestr("xl/workbook.xml", WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        package.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return buffer.getvalue()


def worksheet(rows_xml, *, dimension="A1:B2", prologue=""):
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prologue}'
        f'<worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/><sheetData>{rows_xml}</sheetData></worksheet>'
    )


HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Statement</t></is></c><c r="B1" t="inlineStr"><is><t>Value</t></is></c></row>'
GOOD_ROW = '<row r="2"><c r="A2" t="inlineStr"><is><t>Troops</t></is></c><c r="B2"><v>12000</v></c></row>'
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>"
)

HOSTILE_XLSX = {
    "billion laughs": xlsx(
        worksheet(HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>', prologue=LAUGHS)
    ),
    "undefined entity": xlsx(worksheet(HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>&nope;</t></is></c></row>')),
    "mismatched tag": xlsx(worksheet(HEADER + '<row r="2"><c r="A2"><v>1</c></v></row>')),
    "column past XFD": xlsx(worksheet(HEADER + '<row r="2"><c r="ZZZZZ2"><v>1</v></c></row>')),
    "a date cell holding text": xlsx(worksheet(HEADER + '<row r="2"><c r="B2" t="d"><v>last Tuesday</v></c></row>')),
    "not XML": xlsx("this is not XML at all"),
}
# A 6 KB workbook that declares every cell of a worksheet and has a row at the last one.
HUGE_DIMENSION = xlsx(
    worksheet(HEADER + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>', dimension="A1:XFD1048576")
)
# A narrow worksheet with a row at the last row a workbook may have (and none between).
LAST_ROW = xlsx(worksheet(HEADER + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>', dimension="A1:B1048576"))


def zip_bomb():
    """A small XLSX whose worksheet unpacks to more than MAX_XLSX_UNPACKED_BYTES."""
    from claims.interchange.importing.readers import MAX_XLSX_UNPACKED_BYTES

    padding = " " * (MAX_XLSX_UNPACKED_BYTES + 1)
    return xlsx(worksheet(HEADER + GOOD_ROW).replace("<sheetData>", padding + "<sheetData>"))
