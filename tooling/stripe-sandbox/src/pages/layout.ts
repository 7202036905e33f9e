export { money } from "../money.ts";
import type http from "node:http";

export const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function page(res: http.ServerResponse, title: string, body: string, status = 200) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)} · Payments sandbox</title>
<style>
*{box-sizing:border-box}body{margin:0;font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1a1f36;background:#f6f8fb}
.bar{background:#32325d;color:#fff;padding:10px 20px;font-size:13px;letter-spacing:.02em}.bar b{color:#ffd166}
main{max-width:560px;margin:32px auto;padding:0 16px}.card{background:#fff;border:1px solid #e3e8ee;border-radius:12px;padding:28px;box-shadow:0 2px 6px rgba(50,50,93,.06)}
h1{font-size:22px;margin:0 0 6px}p.sub{color:#697386;margin:0 0 22px}label{display:block;font-size:13px;font-weight:600;color:#3c4257;margin:14px 0 6px}
input{width:100%;padding:10px 12px;border:1px solid #cfd7df;border-radius:8px;font:inherit}input:focus{outline:2px solid #635bff;border-color:#635bff}
.row{display:flex;gap:12px}.row>div{flex:1}button{margin-top:22px;width:100%;padding:12px;border:0;border-radius:8px;background:#635bff;color:#fff;font:600 15px inherit;cursor:pointer}
button.secondary{background:#fff;color:#3c4257;border:1px solid #cfd7df;margin-top:10px}a{color:#635bff}.muted{color:#697386;font-size:13px}
.err{background:#fde8e8;color:#a4262c;border-radius:8px;padding:10px 12px;margin:0 0 14px}.ok{background:#e3f8ee;color:#0e6245;border-radius:8px;padding:10px 12px}
table{width:100%;border-collapse:collapse;font-size:14px}td,th{text-align:left;padding:8px 4px;border-bottom:1px solid #eef1f5}th{color:#697386;font-weight:600;font-size:12px;text-transform:uppercase}
.pill{display:inline-block;border-radius:99px;padding:1px 8px;font-size:12px;background:#eef1f5}.total{font-size:28px;font-weight:700;margin:4px 0 18px}
</style></head><body><div class="bar"><b>Atelier payments sandbox — not Stripe.</b> No real money moves; test cards only.</div><main>${body}</main></body></html>`);
}

export function redirect(res: http.ServerResponse, to: string) {
  res.writeHead(303, { location: to });
  res.end();
}
