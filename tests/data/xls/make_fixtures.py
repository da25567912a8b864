#!/usr/bin/python3
# Writes the .xls fixtures of tests/model/xls_reader_test.cpp. Run once with Debian's python3-xlwt
# (apt-get install python3-xlwt) from this folder: ./make_fixtures.py. The outputs are committed; the tests do
# not need xlwt.
import datetime

import xlwt

date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
datetime_style = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")

book = xlwt.Workbook(encoding="utf-8")
survey = book.add_sheet("survey")
rows = [
    ["type", "name", "label::English (en)", "label::Français (fr)", "default", "constraint"],
    ["integer", "age", "Age", "Âge ✓", 30, ". <= 120"],
    ["date", "arrived", "Arrival date", "Date d'arrivée", datetime.date(2026, 1, 31)],
    ["datetime", "seen", "Seen at", "Vu à", datetime.datetime(2026, 1, 31, 14, 5, 0)],
    ["decimal", "weight", "Weight", "Poids", 2.5],
    ["select_one yn", "ok", "OK?", "D'accord ?"],
]
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        if isinstance(value, datetime.datetime):
            survey.write(r, c, value, datetime_style)
        elif isinstance(value, datetime.date):
            survey.write(r, c, value, date_style)
        else:
            survey.write(r, c, value)
choices = book.add_sheet("choices")
for r, row in enumerate([["list_name", "name", "label::English (en)", "label::Français (fr)"],
                         ["yn", 1, "Yes", "Oui"], ["yn", 0, "No", "Non"]]):
    for c, value in enumerate(row):
        choices.write(r, c, value)
settings = book.add_sheet("settings")
for c, (key, value) in enumerate([("form_id", "xls_form"), ("version", 2026112301)]):
    settings.write(0, c, key)
    settings.write(1, c, value)
book.save("form.xls")

single = xlwt.Workbook(encoding="utf-8")
sheet = single.add_sheet("Sheet1")
for r, row in enumerate([["type", "name", "label"], ["text", "who", "Who?"], ["note", "", "Thanks"]]):
    for c, value in enumerate(row):
        sheet.write(r, c, value)
single.save("sheet1.xls")

# A few kilobytes claiming every cell of an .xls sheet (one value at the far corner): refused before reading.
wide = xlwt.Workbook(encoding="utf-8")
sheet = wide.add_sheet("survey")
for c, value in enumerate(["type", "name", "label"]):
    sheet.write(0, c, value)
sheet.write(65535, 255, "far corner")
wide.save("wide.xls")

# A date a billion days after 1900: FreeXL would count them one by one (seconds); refused before reading.
future = xlwt.Workbook(encoding="utf-8")
sheet = future.add_sheet("survey")
for c, value in enumerate(["type", "name", "label", "default"]):
    sheet.write(0, c, value)
for c, value in enumerate(["date", "when", "When"]):
    sheet.write(1, c, value)
sheet.write(1, 3, 1e9, date_style)
future.save("future.xls")
