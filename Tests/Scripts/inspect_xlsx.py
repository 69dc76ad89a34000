#!/usr/bin/env python3
"""Describes an XLSX file as JSON, read independently of visitplan.

Usage: inspect_xlsx.py FILE.xlsx

openpyxl reads cells (value, type, number format), merged ranges, frozen
panes, autofilters, print setup and document properties; the raw XML parts
are also scanned, to prove that no cell holds a formula.
"""
import json
import re
import sys
import zipfile

import openpyxl


def describe(path):
    book = openpyxl.load_workbook(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                 if name.endswith(".xml")}
    formulas = sum(len(re.findall(r"<f[ >]", text)) for name, text in parts.items()
                   if name.startswith("xl/worksheets/"))
    sheets = []
    for sheet in book.worksheets:
        cells = {}
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                value = cell.value
                if hasattr(value, "isoformat"):
                    value = value.isoformat()
                cells[cell.coordinate] = {
                    "value": value,
                    "type": cell.data_type,
                    "format": cell.number_format,
                    "date": cell.is_date,
                }
        setup = sheet.page_setup
        margins = sheet.page_margins
        sheets.append({
            "name": sheet.title,
            "cells": cells,
            "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
            "freeze": sheet.freeze_panes,
            "autofilter": sheet.auto_filter.ref,
            "orientation": setup.orientation,
            "paper": setup.paperSize,
            "fitToPage": bool(sheet.sheet_properties.pageSetUpPr and
                              sheet.sheet_properties.pageSetUpPr.fitToPage),
            "fitToWidth": setup.fitToWidth,
            "fitToHeight": setup.fitToHeight,
            "margins_mm": [round(x * 25.4, 1) for x in
                           (margins.left, margins.right, margins.top, margins.bottom)],
            "titleRows": sheet.print_title_rows,
            "header": sheet.oddHeader.center.text,
            "footer": sheet.oddFooter.center.text,
            "rowHeights": {str(k): v.height for k, v in sheet.row_dimensions.items()
                           if v.height is not None},
        })
    props = book.properties
    return {
        "sheets": sheets,
        "formulas": formulas,
        "properties": {
            "title": props.title,
            "subject": props.subject,
            "creator": props.creator,
            "created": props.created.isoformat() if props.created else None,
        },
    }


if __name__ == "__main__":
    json.dump(describe(sys.argv[1]), sys.stdout, ensure_ascii=False)
