#!/usr/bin/env python3
"""Writes 21-wholesale-1000-lines.json: a wholesale delivery of 1,000 distinct articles (deterministic)."""
import json, pathlib

units = [("buc", "Surub autoforant"), ("kg", "Cuie otel"), ("m", "Cablu electric"), ("l", "Vopsea lavabila"), ("set", "Set burghie"), ("mp", "Folie protectie")]
lines = []
for i in range(1, 1001):
    unit, name = units[i % len(units)]
    lines.append({
        "description": f"{name} art. {i:04d}",
        "quantity": (i % 9) + 1 + (0.5 if unit in ("kg", "m", "l", "mp") and i % 2 else 0),
        "unit": unit,
        "unitPrice": round(1.15 + (i * 37 % 4000) / 100, 2),
        "vatRate": 11 if i % 10 == 0 else 21,
        "itemCode": f"ART-{i:04d}",
    })
invoice = {
    "number": "ENG-2026-10000",
    "issueDate": "2026-11-20",
    "dueDate": "2026-12-20",
    "supplier": {
        "name": "Bricolaj Angro SRL", "vatNumber": "RO22334451", "tradeRegister": "J23/1500/2014",
        "address": {"street": "Sos. Bucuresti-Ploiesti 42", "city": "Otopeni", "county": "Ilfov", "postalCode": "075100"},
    },
    "customer": {
        "name": "Casa si Gradina SRL", "vatNumber": "RO33445560",
        "address": {"street": "Str. Garii 9", "city": "Craiova", "county": "Dolj", "postalCode": "200423"},
    },
    "payment": {"means": "transfer", "iban": "RO32BRDE445SV12345674450"},
    "lines": lines,
}
path = pathlib.Path(__file__).with_name("21-wholesale-1000-lines.json")
path.write_text(json.dumps(invoice, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
