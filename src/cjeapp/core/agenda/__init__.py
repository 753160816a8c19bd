"""Exports of the agenda: the iCalendar file for a phone."""
