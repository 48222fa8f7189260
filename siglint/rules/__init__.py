"""Findings: the registry of codes, names and severities."""
