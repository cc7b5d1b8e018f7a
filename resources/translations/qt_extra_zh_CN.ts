<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Chinese for the strings of Qt's own dialogs that qtbase_zh_CN.qm (shipped with Qt) lacks or words oddly:
  the file dialog's 「Look in」「Files of type」, file kinds (「Folder」), and 「Size」 (qtbase says 体积).
  Loaded after qtbase_zh_CN by app.ui.application.install_translations; compile with
  pyside6-lrelease resources/translations/qt_extra_zh_CN.ts -qm resources/translations/qt_extra_zh_CN.qm
  (tests/ui/test_qt_dialogs_language.py reads the labels of a real QFileDialog).
-->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>查找范围(&amp;L)：</translation></message>
    <message><source>Files of &amp;type:</source><translation>文件类型(&amp;T)：</translation></message>
    <message><source>Show hidden files</source><translation>显示隐藏文件</translation></message>
    <message><source>Directory</source><translation>目录</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>File</source><translation>文件</translation></message>
    <message><source>%1 File</source><translation>%1 文件</translation></message>
    <message><source>Shortcut</source><translation>快捷方式</translation></message>
    <message><source>Alias</source><translation>别名</translation></message>
    <message><source>Unknown</source><translation>未知</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Size</source><translation>大小</translation></message>
</context>
</TS>
