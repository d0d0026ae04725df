#!/usr/bin/env python3
"""Times the dashboard's incoming pages with 10,000 received invoices and 11,000 SPV messages (issue 18: p95 under 100 ms).

Starts the built gateway (Development, SQLite in a temporary folder, workers off), creates two companies through the
API, writes N received invoices (each with its FACTURA PRIMITA message), N/10 received invoices listed by ANAF but not
downloaded, and N/10 other messages straight into the SQLite file, signs in to the dashboard as the printed development
user, then requests each page R times in a row and prints p50 / p95 / max per page.

  dotnet build src/Efactura.Server && python3 benchmarks/IncomingPages/incoming_pages.py [--invoices 10000] [--requests 200]
"""
import argparse, datetime, http.cookiejar, json, os, re, shutil, socket, sqlite3, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SERVER = os.path.join(ROOT, "src", "Efactura.Server", "bin", "Debug", "net10.0", "Efactura.Server.dll")
EXAMPLE = os.path.join(ROOT, "examples", "01-b2b-ron-21.json")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=10000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="efactura-incoming-")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    db = os.path.join(folder, "efactura.db")
    server = subprocess.Popen(
        ["dotnet", SERVER, f"--Urls={base}", f"--Efactura:Database:ConnectionString=Data Source={db}",
         f"--Efactura:Secrets:KeyFile={os.path.join(folder, 'secret.key')}", "--Efactura:Workers:Enabled=false",
         "--Logging:LogLevel:Default=Warning"],
        cwd=folder, env={**os.environ, "ASPNETCORE_ENVIRONMENT": "Development"}, stdout=subprocess.PIPE, text=True)
    try:
        printed = {}
        for line in server.stdout:
            m = re.match(r"\s*(EFACTURA_[A-Z_]+)=(\S+)", line)
            if m: printed[m.group(1)] = m.group(2)
            if line.startswith("efactura listening on"): break
        key = printed["EFACTURA_API_KEY"]

        def api(path, body):
            request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                             headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
            return json.load(urllib.request.urlopen(request))

        alfa = api("/v1/companies", {"cui": "18547290", "name": "Alfa Distributie SRL"})["id"]
        beta = api("/v1/companies", {"cui": "14399840", "name": "Beta Consult SRL"})["id"]
        newest, pending = seed(db, [alfa, beta], args.invoices)

        jar = http.cookiejar.CookieJar()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        sign_in = browser.open(base + "/app/sign-in").read().decode()
        token = re.search(r'name="__antiforgery" type="hidden" value="([^"]+)"', sign_in)
        form = urllib.parse.urlencode({"Email": printed["EFACTURA_DASHBOARD_USER"], "Password": printed["EFACTURA_DASHBOARD_PASSWORD"],
                                       "__antiforgery": token.group(1)}).encode()
        landed = browser.open(base + "/app/sign-in", data=form)
        assert landed.geturl().endswith("/app"), landed.geturl()

        pages = {
            "incoming /app/incoming": "/app/incoming",
            "incoming of a company": f"/app/incoming?company={alfa}",
            "incoming by supplier name": "/app/incoming?supplier=gama",
            "incoming by supplier CUI": "/app/incoming?supplier=RO30000007",
            "incoming by number": "/app/incoming?number=IN-004321",
            "incoming, dates": "/app/incoming?from=2026-11-10&to=2026-11-12",
            "incoming not downloaded": "/app/incoming?downloaded=no",
            "incoming detail": f"/app/incoming/{newest}",
            "messages /app/messages": "/app/messages",
            "messages FACTURA TRIMISA of a company": f"/app/messages?type=T&company={beta}",
            "messages, dates": "/app/messages?from=2026-11-10&to=2026-11-12",
            "message": f"/app/messages/{pending}",
        }
        print(f"{args.invoices} received invoices, {args.requests} sequential requests per page (after 10 warm-up requests)")
        print(f"{'page':42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, path in pages.items():
            for _ in range(10): browser.open(base + path).read()
            times = []
            for _ in range(args.requests):
                started = time.perf_counter()
                response = browser.open(base + path)
                response.read()
                times.append((time.perf_counter() - started) * 1000)
                assert response.status == 200 and "/sign-in" not in response.geturl()
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"{name:42} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f}")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def seed(db, companies, count):
    """N received invoices with their messages, N/10 listings not downloaded, N/10 other messages; ids in time order."""
    connection = sqlite3.connect(db, timeout=30)
    tenant = connection.execute("SELECT tenant_id FROM companies WHERE id = ?", (companies[0],)).fetchone()[0]
    invoice_json = open(EXAMPLE).read()
    start = int(time.time() * 1000) - 3 * count
    serial = 0

    def new_id():
        nonlocal serial
        serial += 1
        return str(uuid.UUID(int=((start + serial) << 80) | (0x7 << 76) | (2 << 62) | serial))

    def instant(day):
        return f"2026-11-{day:02d}T10:00:00.000000Z"

    invoices, messages = [], []
    suppliers = [("RO30000007", "Gama Trading SRL"), ("RO40000004", "Delta Servicii SRL"), ("RO50000001", "Epsilon Distributie SA")]
    newest = pending = None
    for i in range(count + count // 10 + count // 10):
        company = companies[i % 2]
        day = 1 + i % 30
        anaf_id = str(3000000000 + i)
        kind = "invoice" if i < count else "pending" if i < count + count // 10 else "sent"
        message_id = new_id()
        message_type = "FACTURA TRIMISA" if kind == "sent" else "FACTURA PRIMITA"
        supplier_id, supplier_name = suppliers[i % 3]
        details = f"Factura cu id_incarcare={5000000000 + i} emisa de cif_emitent={supplier_id[2:]} pentru cif_beneficiar=18547290"
        messages.append((message_id, tenant, company, anaf_id, message_type, "18547290", str(5000000000 + i), details, instant(day), 0,
                         instant(day) if kind == "pending" else None, instant(day) if kind == "invoice" else None, instant(day)))
        if kind == "invoice":
            invoice_id = new_id()
            invoices.append((invoice_id, tenant, company, anaf_id, supplier_id, supplier_name, f"IN-{i:06d}", "380", f"2026-11-{day:02d}",
                             "RON", "7880.13", invoice_json, instant(day), instant(day), "verified"))
            newest = invoice_id
        elif kind == "pending":
            pending = message_id
    connection.executemany("INSERT INTO spv_messages (id, tenant_id, company_id, anaf_id, type, cif, request_id, details, anaf_created_at, "
                           "download_attempts, next_attempt_at, downloaded_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", messages)
    connection.executemany("INSERT INTO incoming_invoices (id, tenant_id, company_id, anaf_message_id, supplier_id, supplier_name, number, type_code, "
                           "issue_date, currency, total_amount, invoice_json, received_at, created_at, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", invoices)
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()
    return newest, pending


if __name__ == "__main__":
    sys.exit(main())
