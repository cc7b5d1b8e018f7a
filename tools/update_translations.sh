#!/bin/sh
# Refresh the translation catalogue from the UI sources, then compile it (run from the project root).
# Strings are found in tr("…") calls and translate("context", "…") calls (translate = QCoreApplication.translate);
# new strings arrive as unfinished: translate them in pilotzone_en.ts (Qt Linguist or a text editor), run again.
set -e
pyside6-lupdate app/ui/*.py -ts resources/translations/pilotzone_en.ts -no-obsolete -locations relative
pyside6-lrelease resources/translations/pilotzone_en.ts -qm resources/translations/pilotzone_en.qm
