#!/usr/bin/env python3
"""A scripted HTTP server on 127.0.0.1 for the feed tests: original fixtures only.

    python3 tests/support/feed_server.py          # prints "PORT <n>" once it listens

Routes:
  /site/            an HTML page that declares /feeds/main.xml (autodiscovery)
  /plain/           a page that declares nothing; with /_control/rootfeed/1 the site keeps a
                    feed at the usual /rss.xml (404 otherwise)
  /nofeed/          a page without any feed
  /feeds/main.xml   RSS 2.0 with ETag and Last-Modified; 304 to a matching conditional GET.
                    GET /_control/edition/N switches it: edition 2 edits item 2 and adds item 4
  /feeds/korean.xml RSS 2.0 in CP949, declared euc-kr in the HTTP header only (똠, 햏)
  /feeds/mislabelled.xml the same CP949 bytes declared iso-8859-1 in the HTTP header: only a
                    per-feed encoding reads them right
  /feeds/atom.xml   Atom 1.0, gzip-encoded
  /feeds/moved.xml  301 to /feeds/atom.xml
  /feeds/busy.xml   429 with Retry-After: 120
  /feeds/huge.xml   a 50 MB body
  /feeds/broken.xml RSS with a bare '&', &nbsp; and a truncated last item
  /feeds/summary.xml RSS whose one item carries only a cut-off summary of /pages/story.html
  /pages/story.html a Korean news article page (scripts, a figure with its caption, a heading,
                    a quote, a list, a tracking pixel, a missing image, share bar, 관련기사 with
                    a thumbnail, copyright)
  /feeds/sameguid.xml RSS whose three different items share one guid
  /feeds/samelink.xml RSS whose three different items all link to the site's home page
  /feeds/pictures.xml RSS whose item carries its whole text with a figure, an emoji and a
                    missing image (content:encoded)
  /img/wind.png     a 640×360 PNG; /img/pixel.gif a 1×1 GIF; /img/related.png a 120×80 PNG
  /_control/requests  the requests seen so far, one "METHOD PATH IF-NONE-MATCH" per line
"""
import gzip
import http.server
import socketserver
import struct
import sys
import threading
import zlib

STATE = {"edition": 1, "rootfeed": 0, "requests": []}
LOCK = threading.Lock()


def rss(items, title="가온경제 속보", port=0):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0"><channel>',
           f"<title>{title}</title><link>http://127.0.0.1/site/</link>",
           "<description>가온경제의 새 기사</description><ttl>15</ttl>"]
    for guid, headline, body, date in items:
        out.append(f"<item><guid isPermaLink=\"false\">{guid}</guid><title>{headline}</title>"
                   f"<link>http://127.0.0.1:{port}/articles/{guid}</link>"
                   f"<pubDate>{date}</pubDate><description><![CDATA[{body}]]></description></item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


SHARED_ITEMS = [("항만공사, 신항 2단계 착공", "<p>항만공사가 신항 2단계 공사를 시작했다.</p>"),
                ("누리은행, 청년 적금 출시", "<p>누리은행이 청년 전용 적금을 내놓았다.</p>"),
                ("바다시, 여름 해변 열차 운행", "<p>바다시가 여름 해변 열차를 다시 운행한다.</p>")]


def shared_identity_feed(port, same_guid):
    """Three different items that share a guid (same_guid) or all link to the home page."""
    with LOCK:
        STATE["shared"] = STATE.get("shared", 0) + 1
        served = STATE["shared"]
    # A body that differs each time (a comment), so that every refresh parses it again.
    out = ['<?xml version="1.0" encoding="UTF-8"?>', f"<!-- served {served} -->",
           '<rss version="2.0"><channel>', "<title>공유 식별자 소식</title><link>http://127.0.0.1/</link>"]
    for n, (headline, body) in enumerate(SHARED_ITEMS, 1):
        guid = "1" if same_guid else f"shared-{n}"
        link = f"http://127.0.0.1:{port}/articles/shared-{n}" if same_guid else f"http://127.0.0.1:{port}/"
        out.append(f'<item><guid isPermaLink="false">{guid}</guid><title>{headline}</title>'
                   f"<link>{link}</link><pubDate>Fri, 04 Dec 2026 0{n}:00:00 +0900</pubDate>"
                   f"<description><![CDATA[{body}]]></description></item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


def main_feed(edition, port):
    items = [
        ("g-1", "한빛전자, 평택에 3조원 투자",
         "<p>한빛전자가 경기 평택시에 3조원을 들여 새 공장을 짓는다.</p>"
         "<p>김하늘 한빛전자 사장은 &quot;공급망을 다시 짠다&quot;고 말했다.</p>",
         "Fri, 04 Dec 2026 09:30:00 +0900"),
        ("g-2", "누리은행, 기준금리 동결 전망",
         "<p>누리은행 연구소는 기준금리가 연 3.25%로 묶일 것으로 내다봤다.</p>",
         "Fri, 04 Dec 2026 10:00:00 +0900"),
        ("g-3", "Gaon Motors opens a plant in Ohio",
         "<p>Gaon Motors said on Friday it would spend $1.2 billion on a plant in Ohio.</p>",
         "Fri, 04 Dec 2026 11:00:00 +0900"),
    ]
    if edition >= 2:
        items[1] = ("g-2", "누리은행, 기준금리 인하 전망",
                    "<p>누리은행 연구소는 기준금리가 연 3.00%로 내려갈 것으로 내다봤다.</p>",
                    "Fri, 04 Dec 2026 10:00:00 +0900")
        items.append(("g-4", "바람에너지, 해상풍력 수주",
                      "<p>바람에너지가 1,200억 원 규모의 해상풍력 설비를 수주했다.</p>",
                      "Fri, 04 Dec 2026 12:00:00 +0900"))
    return rss(items, port=port)


KOREAN = ('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>똠방각하 소식</title>'
          '<link>http://127.0.0.1/</link><item><guid>k-1</guid><title>똠양꿍 가게, 햏자 손님 늘어</title>'
          '<description>똠양꿍을 파는 가게에 햏자 손님이 늘었다.</description>'
          '<pubDate>2026-12-04 08:00:00</pubDate></item></channel></rss>').encode("cp949")

ATOM = gzip.compress("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Northbridge Ledger</title>
<link href="http://127.0.0.1/ledger/"/><id>urn:ledger</id><updated>2026-12-04T00:00:00Z</updated>
<entry><id>urn:ledger:1</id><title>Harbor bank raises $300 million</title>
<link href="http://127.0.0.1/ledger/1"/><updated>2026-12-04T01:00:00Z</updated>
<content type="html">&lt;p&gt;Harbor Bank raised $300 million from investors in Boston.&lt;/p&gt;</content></entry>
</feed>""".encode("utf-8"))

def png(width, height, rgb):
    """A plain-coloured PNG, written here so that no image file is copied into the tests."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PIXEL = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
         b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
IMAGES = {"/img/wind.png": png(640, 360, (40, 110, 160)), "/img/related.png": png(120, 80, (200, 60, 60))}

PICTURES = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>바다 사진 일기</title>'
            '<link>http://127.0.0.1/photos/</link><item><guid>p-1</guid><title>항구의 아침</title>'
            '<link>http://127.0.0.1/photos/1</link><pubDate>Fri, 04 Dec 2026 07:00:00 +0900</pubDate>'
            '<content:encoded><![CDATA[<p>해가 뜨기 전 항구에는 밤새 조업을 마친 배들이 하나둘 돌아온다. '
            '경매장 불이 켜지면 하루가 시작된다.</p><figure><img src="{base}/img/wind.png" alt="새벽 항구">'
            '<figcaption>새벽 다섯 시의 항구</figcaption></figure><p>상인들은 얼음을 채운 상자를 나르며 '
            '<img src="{base}/img/pixel.gif" width="16" height="16" alt=":)">값을 흥정한다.'
            '<img src="{base}/img/gone.jpg"></p>]]></content:encoded></item></channel></rss>')

BROKEN = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>R&D Daily</title>'
          '<item><guid>b-1</guid><title>Chips &amp; more&nbsp;news</title>'
          '<description>Fabs & foundries spent $2 billion.</description></item>'
          '<item><guid>b-2</guid><title>Cut off in the mid').encode("utf-8")

PAGE = """<!doctype html><html lang="ko"><head><meta charset="utf-8">
<title>바람에너지, 1200억 해상풍력 수주 | 가온경제</title>
<link rel="canonical" href="http://127.0.0.1/news/wind-1200">
<meta property="og:site_name" content="가온경제">
<script src="http://127.0.0.1:9/tracker.js"></script>
</head><body>
<nav><a href="/">홈</a> &gt; <a href="/industry">산업</a></nav>
<div class="share">공유하기 페이스북 트위터 카카오톡</div>
<article>
<h1>바람에너지, 1200억 해상풍력 수주</h1>
<p class="byline">가온경제 = 한지수 기자</p>
<p>바람에너지가 전남 신안 앞바다에 들어설 해상풍력 단지의 하부 구조물을 1,200억 원에 수주했다고 4일 밝혔다.
공급은 2027년 상반기부터 2년에 걸쳐 이뤄진다.</p>
<p>회사 측은 "이번 수주로 연간 매출의 30%에 해당하는 물량을 확보했다"며 "유럽 시장 진출에도 속도를 내겠다"고 말했다.
업계에서는 국내 해상풍력 설비 발주가 올해 들어 크게 늘어난 것으로 보고 있다.</p>
<figure><img src="/img/wind.png" alt="해상풍력 단지" width="640" height="360">
<figcaption>전남 신안 앞바다 해상풍력 단지 조감도. 바람에너지 제공</figcaption></figure>
<h2>유럽 시장을 겨냥한 생산 설비</h2>
<p>회사는 군산 공장에 두 번째 생산 라인을 짓고 있으며, 라인이 완공되면 연간 생산 능력이 두 배로 늘어난다.
증설에 들어가는 비용은 모두 자체 자금으로 충당한다.</p>
<blockquote>해상풍력은 앞으로 10년 동안 국내 제조업에서 가장 빠르게 커질 시장이다.</blockquote>
<p>회사가 밝힌 이번 계약의 주요 조건은 다음과 같다.</p>
<ul><li>공급 시작: 2027년 상반기</li><li>공급 기간: 2년</li><li>계약 금액: 1,200억 원</li></ul>
<p><img src="/img/pixel.gif" width="1" height="1" alt=""><img src="/img/missing.jpg" alt="없는 사진">
군산 공장의 생산 라인은 2026년 말 시험 가동에 들어간다.</p>
<p>한지수 기자 jisu@example.com</p>
</article>
<div class="related"><h3>관련기사</h3><ul><li><img src="/img/related.png" alt=""><a href="/a">누리은행, 금리 동결</a></li></ul></div>
<p class="copyright">ⓒ 가온경제, 무단전재 및 재배포 금지</p>
<script>document.title = "changed by script";</script>
</body></html>""".encode("utf-8")

SITE = b"""<!doctype html><html><head><meta charset="utf-8"><title>Gaon</title>
<link rel="alternate" type="application/rss+xml" title="Gaon" href="/feeds/main.xml">
</head><body><p>Gaon Economy</p></body></html>"""
PLAIN = b"<!doctype html><html><head><title>Plain</title></head><body>No links</body></html>"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=()):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        with LOCK:
            STATE["requests"].append(f"GET {path} {self.headers.get('If-None-Match', '-')}")
            edition = STATE["edition"]
        if path.startswith("/_control/edition/"):
            with LOCK:
                STATE["edition"] = int(path.rsplit("/", 1)[1])
            return self.send(200, b"ok")
        if path.startswith("/_control/rootfeed/"):
            with LOCK:
                STATE["rootfeed"] = int(path.rsplit("/", 1)[1])
            return self.send(200, b"ok")
        if path == "/_control/requests":
            with LOCK:
                return self.send(200, "\n".join(STATE["requests"]).encode())
        if path == "/feeds/summary.xml":
            port = self.server.server_address[1]
            body = rss([("s-1", "바람에너지, 1200억 해상풍력 수주",
                         "바람에너지가 해상풍력 하부 구조물을 수주했다…",
                         "Fri, 04 Dec 2026 12:00:00 +0900")], title="가온경제 요약", port=port)
            body = body.replace(f"http://127.0.0.1:{port}/articles/s-1".encode(),
                                f"http://127.0.0.1:{port}/pages/story.html".encode())
            return self.send(200, body, [("Content-Type", "application/rss+xml")])
        if path in IMAGES:
            return self.send(200, IMAGES[path], [("Content-Type", "image/png")])
        if path == "/img/pixel.gif":
            return self.send(200, PIXEL, [("Content-Type", "image/gif")])
        if path == "/pages/story.html":
            return self.send(200, PAGE, [("Content-Type", "text/html; charset=utf-8")])
        if path == "/site/":
            return self.send(200, SITE, [("Content-Type", "text/html; charset=utf-8")])
        if path in ("/plain/", "/nofeed/"):
            return self.send(200, PLAIN, [("Content-Type", "text/html")])
        if path == "/rss.xml" and STATE["rootfeed"]:
            return self.send(200, main_feed(1, self.server.server_address[1]), [("Content-Type", "application/rss+xml")])
        if path == "/feeds/main.xml":
            etag = f'"main-{edition}"'
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, b"", [("ETag", etag)])
            return self.send(200, main_feed(edition, self.server.server_address[1]),
                             [("Content-Type", "application/rss+xml; charset=utf-8"), ("ETag", etag),
                              ("Last-Modified", "Fri, 04 Dec 2026 03:00:00 GMT")])
        if path == "/feeds/korean.xml":
            return self.send(200, KOREAN, [("Content-Type", "application/rss+xml; charset=euc-kr")])
        if path in ("/feeds/sameguid.xml", "/feeds/samelink.xml"):
            body = shared_identity_feed(self.server.server_address[1], path == "/feeds/sameguid.xml")
            return self.send(200, body, [("Content-Type", "application/rss+xml")])
        if path == "/feeds/pictures.xml":
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            return self.send(200, PICTURES.replace("{base}", base).encode("utf-8"),
                             [("Content-Type", "application/rss+xml")])
        if path == "/feeds/mislabelled.xml":
            return self.send(200, KOREAN, [("Content-Type", "application/rss+xml; charset=iso-8859-1")])
        if path == "/feeds/atom.xml":
            return self.send(200, ATOM, [("Content-Type", "application/atom+xml"),
                                         ("Content-Encoding", "gzip")])
        if path == "/feeds/moved.xml":
            return self.send(301, b"", [("Location", "/feeds/atom.xml")])
        if path == "/feeds/busy.xml":
            return self.send(429, b"busy", [("Retry-After", "120")])
        if path == "/feeds/broken.xml":
            return self.send(200, BROKEN, [("Content-Type", "application/rss+xml")])
        if path == "/feeds/huge.xml":
            size = 50 * 1024 * 1024
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b"<!-- padding -->" * 4096
            try:
                sent = 0
                while sent < size:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        return self.send(404, b"not here")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    server = Server(("127.0.0.1", 0), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)
