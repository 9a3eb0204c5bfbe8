"""The contact check's JSON document (`kontakt check-contacts --json`, `spec/contacts.md`)."""

from __future__ import annotations

from kontakt.core.contacts.codes import message_renderer
from kontakt.core.contacts.model import ContactCheckResult
from kontakt.core.texts import Translate


def json_document(result: ContactCheckResult, translate: Translate) -> dict[str, object]:
    """`{"rows": N, "summary": {code: count}, "findings": [...]}`, messages translated."""
    message = message_renderer(translate)
    return {
        "rows": result.rows,
        "summary": result.counts_by_code(),
        "findings": [
            {
                "code": finding.code,
                "severity": str(finding.severity),
                "employee_id": finding.employee_id,
                "row": finding.row,
                "field": finding.field,
                "value": finding.value,
                "message": message(finding),
            }
            for finding in result.findings
        ],
    }
