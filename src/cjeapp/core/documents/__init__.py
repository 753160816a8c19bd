"""Printable documents (ReportLab) and their register."""
