#!/usr/bin/env python3
"""Times the dashboard's pages with 10,000 invoices in the database (issue 18: p95 under 100 ms).

Starts the built gateway (Development, SQLite in a temporary folder, workers off), creates two companies and one
invoice through the API, copies that invoice to N rows straight into the SQLite file (a tenth rejected with findings,
some failed, the rest spread over the other states and 30 issue dates), signs in to the dashboard as the printed
development user, then requests each main page R times in a row and prints p50 / p95 / max per page.

  dotnet build src/Efactura.Server && python3 benchmarks/DashboardPages/dashboard_pages.py [--invoices 10000] [--requests 200]
"""
import argparse, http.cookiejar, json, os, re, shutil, socket, sqlite3, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request, uuid

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
    folder = tempfile.mkdtemp(prefix="efactura-pages-")
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
        api("/v1/companies", {"cui": "14399840", "name": "Beta Consult SRL"})
        invoice = json.load(open(EXAMPLE))
        first = api("/v1/invoices", invoice)["id"]

        seed(db, first, args.invoices)
        jar = http.cookiejar.CookieJar()
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        sign_in = browser.open(base + "/app/sign-in").read().decode()
        token = re.search(r'name="__antiforgery" type="hidden" value="([^"]+)"', sign_in) or re.search(r'name="__antiforgery" value="([^"]+)"', sign_in)
        form = urllib.parse.urlencode({"Email": printed["EFACTURA_DASHBOARD_USER"], "Password": printed["EFACTURA_DASHBOARD_PASSWORD"],
                                       "__antiforgery": token.group(1)}).encode()
        landed = browser.open(base + "/app/sign-in", data=form)
        assert landed.geturl().endswith("/app"), landed.geturl()

        pages = {
            "triage /app": "/app",
            "invoices /app/invoices": "/app/invoices",
            "invoices filtered (rejected, company)": f"/app/invoices?state=Rejected&company={alfa}",
            "invoices by buyer name": "/app/invoices?buyer=beta",
            "invoice detail": f"/app/invoices/{first}",
            "companies": "/app/companies",
            "company": f"/app/companies/{alfa}",
            "webhooks": "/app/webhooks",
            "API keys": "/app/api-keys",
            "users": "/app/users",
        }
        print(f"{args.invoices} invoices, {args.requests} sequential requests per page (after 10 warm-up requests)")
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


def seed(db, first, count):
    """Copies the posted invoice to `count` rows: new ids, numbers, states and issue dates."""
    connection = sqlite3.connect(db, timeout=30)
    columns = [c[1] for c in connection.execute("PRAGMA table_info(invoices)")]
    row = dict(zip(columns, connection.execute("SELECT * FROM invoices WHERE id = ?", (first,)).fetchone()))
    states = ["accepted"] * 6 + ["submitted", "queued", "failed", "rejected"]
    findings = json.dumps([{"code": "BR-CO-09", "severity": "fatal", "message": "The invoice breaks business rule BR-CO-09.",
                            "messageRo": "[BR-CO-09]-The Seller VAT identifier shall have a prefix", "fix": "Correct the invoice."}])
    rows = []
    for i in range(count):
        copy = dict(row)
        copy["id"] = str(uuid.UUID(int=(int(time.time() * 1000) << 80) | (0x7 << 76) | (2 << 62) | i))
        copy["number"] = f"PERF-{i:06d}"
        copy["state"] = states[i % len(states)]
        copy["issue_date"] = f"2026-11-{1 + i % 30:02d}"
        copy["error_details"] = findings if copy["state"] in ("rejected", "failed") else None
        copy["error_code"] = "EF-ANAF-REJECTED" if copy["state"] == "rejected" else None
        copy["customer_name"] = ["Beta Constructii SA", "Gama Trading SRL", "Delta Servicii SRL"][i % 3]
        rows.append(tuple(copy[c] for c in columns))
    connection.executemany(f"INSERT INTO invoices ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", rows)
    connection.commit()
    connection.close()


if __name__ == "__main__":
    sys.exit(main())
