"""先导区申报助手 (pilotzone): prepare a “5G+工业互联网”融合应用先导区 pilot dossier offline."""

__version__ = "0.1.0"
