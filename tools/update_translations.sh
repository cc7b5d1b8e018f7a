#!/bin/sh
# Refresh the translation catalogue from the sources, then compile it (run from the project root).
# Strings are found in tr("…") calls, translate("context", "…") calls (translate = QCoreApplication.translate)
# and QT_TRANSLATE_NOOP("context", "…") marks: the plain-Python core marks the sentences the UI shows
# (app.translatable: findings, validation messages, edit descriptions, history in words, the pilot years' words;
# app.signing: the verify report; app.export.kinds: what the UI calls a package), and the catalogue's names are listed in
# app/ui/catalogue_strings.py, generated from resources/catalogue/ first.
# New strings arrive as unfinished: translate them in pilotzone_en.ts (Qt Linguist or a text editor), run again.
# Qt's own strings that qtbase_zh_CN lacks are in qt_extra_zh_CN.ts (compiled below, edited by hand).
set -e
python tools/catalogue_strings.py
pyside6-lupdate app/ui/*.py $(grep -l "QT_TRANSLATE_NOOP(" app/*.py app/models/*.py app/models/storage/*.py app/export/*.py \
    app/signing/*.py) \
    -ts resources/translations/pilotzone_en.ts -no-obsolete -locations relative
pyside6-lrelease resources/translations/pilotzone_en.ts -qm resources/translations/pilotzone_en.qm
pyside6-lrelease resources/translations/qt_extra_zh_CN.ts -qm resources/translations/qt_extra_zh_CN.qm
