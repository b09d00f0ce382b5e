"""Legal cases: verdicts checked against the texts they rest on."""
