"""A tiny image store on 127.0.0.1 for the eustore tests.

Serves files from a directory, honours ``Range: bytes=N-`` (so downloads can
resume), and can cut a file short once to simulate a dropped connection.
"""

import http.server
import pathlib
import threading


class StoreHandler(http.server.BaseHTTPRequestHandler):
    root = None
    truncate_once = {}   # path -> number of bytes to send before hanging up
    requests = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.requests.append((self.path, self.headers.get('Range')))
        relative = self.path.lstrip('/').split('?')[0]
        path = pathlib.Path(self.root) / relative
        if not path.is_file():
            self.send_error(404, 'Not Found')
            return
        data = path.read_bytes()
        start = 0
        rng = self.headers.get('Range')
        if rng and rng.startswith('bytes=') and rng.endswith('-'):
            start = int(rng[6:-1])
            self.send_response(206)
            self.send_header('Content-Range',
                             f'bytes {start}-{len(data) - 1}/{len(data)}')
        else:
            self.send_response(200)
        body = data[start:]
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        cut = self.truncate_once.pop(relative, None)
        if cut is not None:
            self.wfile.write(body[:cut])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)


class ImageStore:
    def __init__(self, root):
        handler = type('Handler', (StoreHandler,),
                       {'root': str(root), 'truncate_once': {},
                        'requests': []})
        self.handler = handler
        self.server = http.server.ThreadingHTTPServer(('127.0.0.1', 0),
                                                      handler)
        self.url = f'http://127.0.0.1:{self.server.server_port}/'
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
