"""Stream stages shared by bundling and unbundling: the tar header, block-
parallel gzip, AES-128-CBC with PKCS#7, and background stages.

Compression is the bottleneck, so the deflate of independent 1 MiB blocks
runs on a thread pool (zlib releases the GIL).  Each block is primed with
the previous block's last 32 KiB as its dictionary and ends with a sync
flush, so the concatenation is ONE ordinary gzip stream (as pigz makes):
any gzip reader, openssl|gzip -d, Java or Python, reads it.  The CRC-32 of
the whole stream is assembled from the blocks' CRCs (crc32_combine).
"""

import collections
import os
import queue
import struct
import tarfile
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor

from .util import BundleError

BLOCK_SIZE = 1024 * 1024          # tar bytes per deflate job / read size
WINDOW = 32 * 1024                # deflate dictionary size
GZIP_HEADER = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03'   # mtime 0, Unix
FINAL_EMPTY_BLOCK = b'\x03\x00'   # a final, empty fixed-Huffman block
AES_BLOCK = 16


# -- tar --------------------------------------------------------------------

def tar_header(name, size, mtime=0):
    """The header block(s) of a one-member tar: a regular file NAME of SIZE
    bytes, mode 0644, owner 0/0.  GNU format: base-256 sizes for members
    over 8 GiB and ././@LongLink for names over 100 bytes."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o644
    info.mtime = mtime
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.GNU_FORMAT, encoding='utf-8',
                      errors='surrogateescape')


def tar_length(header_len, size):
    """Length of the whole tar stream: header, data padded to 512, two zero
    blocks, all padded to the 10240-byte record."""
    length = header_len + -(-size // 512) * 512 + 1024
    return -(-length // tarfile.RECORDSIZE) * tarfile.RECORDSIZE


def read_full(fileobj, view):
    """readinto() until VIEW is full or EOF; returns the bytes read."""
    done = 0
    total = len(view)
    while done < total:
        count = fileobj.readinto(view[done:])
        if not count:
            break
        done += count
    return done


def tar_blocks(fileobj, name, size, block_size=BLOCK_SIZE, progress=None):
    """Yield the tar stream of one member (FILEOBJ's SIZE bytes) as fresh
    bytearrays of BLOCK_SIZE (the last may be shorter)."""
    header = tar_header(name, size)
    data_start = len(header)
    data_end = data_start + size
    total = tar_length(len(header), size)
    pos = 0
    while pos < total:
        count = min(block_size, total - pos)
        block = bytearray(count)          # zero-filled: padding for free
        view = memoryview(block)
        if pos < data_start:
            piece = header[pos:pos + count]
            view[:len(piece)] = piece
        start = max(pos, data_start)
        stop = min(pos + count, data_end)
        if start < stop:
            got = read_full(fileobj, view[start - pos:stop - pos])
            if got != stop - start:
                raise BundleError(
                    f'the image ended after {start - data_start + got} '
                    f'bytes, but its size is {size} bytes')
            if progress is not None:
                progress.update(got)
        if pos + count >= data_end > pos or (size == 0 and pos == 0):
            if fileobj.read(1):
                raise BundleError(f'the image is larger than its stated '
                                  f'size ({size} bytes)')
        del view
        yield block
        pos += count


# -- CRC-32 combination ------------------------------------------------------

def _gf2_times(matrix, vector):
    total = 0
    index = 0
    while vector:
        if vector & 1:
            total ^= matrix[index]
        vector >>= 1
        index += 1
    return total


def _gf2_compose(outer, inner):
    return [_gf2_times(outer, column) for column in inner]


_SHIFT_CACHE = {}


def _shift_operator(length):
    """The GF(2) matrix that advances a CRC-32 over LENGTH zero bytes."""
    operator = _SHIFT_CACHE.get(length)
    if operator is not None:
        return operator
    bit = [0xEDB88320] + [1 << n for n in range(31)]     # one zero bit
    byte = bit
    for _ in range(3):
        byte = _gf2_compose(byte, byte)                   # 2, 4, 8 bits
    operator = [1 << n for n in range(32)]               # identity
    remaining = length
    while remaining:
        if remaining & 1:
            operator = _gf2_compose(byte, operator)
        remaining >>= 1
        if remaining:
            byte = _gf2_compose(byte, byte)
    if len(_SHIFT_CACHE) < 64:
        _SHIFT_CACHE[length] = operator
    return operator


def crc32_combine(crc1, crc2, length2):
    """CRC-32 of A+B from crc32(A), crc32(B) and len(B)."""
    if not length2:
        return crc1
    return _gf2_times(_shift_operator(length2), crc1) ^ crc2


# -- parallel gzip ------------------------------------------------------------

def _deflate_block(block, zdict, level):
    if zdict:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9,
                                      zlib.Z_DEFAULT_STRATEGY, zdict)
    else:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 9)
    out = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    return out, zlib.crc32(block), len(block)


MAX_THREADS = 16                  # keeps the blocks in flight under ~70 MB


def default_threads():
    """One deflate thread per usable CPU, at most MAX_THREADS."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_THREADS))


def parallel_gzip(blocks, level=6, threads=None, on_block=None):
    """Compress an iterable of blocks into one gzip stream, yielding the
    compressed pieces in order.  ON_BLOCK(block) sees each input block on
    the calling thread before it is handed to the pool (for the tar SHA-1).
    At most ~2 jobs per thread are in flight, so memory stays bounded."""
    threads = threads or default_threads()
    limit = threads * 2 + 1
    crc = 0
    total = 0
    pending = collections.deque()
    yield GZIP_HEADER
    with ThreadPoolExecutor(threads, thread_name_prefix='deflate') as pool:
        try:
            zdict = b''
            for block in blocks:
                if on_block is not None:
                    on_block(block)
                pending.append(pool.submit(_deflate_block, block, zdict,
                                           level))
                if len(block) >= WINDOW:
                    zdict = bytes(block[-WINDOW:])
                else:
                    zdict = (zdict + bytes(block))[-WINDOW:]
                while len(pending) >= limit:
                    out, block_crc, length = pending.popleft().result()
                    crc = crc32_combine(crc, block_crc, length)
                    total += length
                    yield out
            while pending:
                out, block_crc, length = pending.popleft().result()
                crc = crc32_combine(crc, block_crc, length)
                total += length
                yield out
        finally:
            for future in pending:
                future.cancel()
    yield FINAL_EMPTY_BLOCK + struct.pack('<II', crc, total & 0xFFFFFFFF)


def gunzip(chunks, max_out=BLOCK_SIZE):
    """Decompress a gzip stream (one or several members, zero padding
    after it tolerated) given as an iterable of chunks; yields pieces of at
    most MAX_OUT bytes, so memory stays bounded whatever the ratio."""
    decomp = zlib.decompressobj(31)
    padding = False
    try:
        for chunk in chunks:
            data = chunk
            while data:
                if padding:
                    if bytes(data).strip(b'\0'):
                        raise BundleError('the compressed image has data '
                                          'after its end')
                    break
                if decomp.eof:
                    if not bytes(data).strip(b'\0'):
                        padding = True
                        continue
                    decomp = zlib.decompressobj(31)      # another member
                while True:
                    out = decomp.decompress(data, max_out)
                    if out:
                        yield out
                    data = (decomp.unused_data if decomp.eof
                            else decomp.unconsumed_tail)
                    # Stop at the end of a member, or when the input is
                    # used up and zlib holds no more output.
                    if decomp.eof or (not data and len(out) < max_out):
                        break
        if not decomp.eof:
            raise BundleError('the compressed image is truncated')
    except zlib.error as err:
        raise BundleError(f'cannot decompress the image ({err}): wrong key '
                          'or corrupt bundle')


# -- AES-128-CBC --------------------------------------------------------------

def _cipher(key_hex, iv_hex):
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, \
        modes
    return Cipher(algorithms.AES(bytes.fromhex(key_hex)),
                  modes.CBC(bytes.fromhex(iv_hex)))


class Encryptor:
    """AES-128-CBC with PKCS#7 padding into a reused output buffer."""

    def __init__(self, key_hex, iv_hex):
        self._ctx = _cipher(key_hex, iv_hex).encryptor()
        self._buf = bytearray(BLOCK_SIZE + 2 * AES_BLOCK)
        self.length = 0

    def update(self, data):
        """Encrypt DATA; the returned view is valid until the next call."""
        need = len(data) + AES_BLOCK
        if need > len(self._buf):
            self._buf = bytearray(need + BLOCK_SIZE // 4)
        count = self._ctx.update_into(data, self._buf)
        self.length += len(data)
        return memoryview(self._buf)[:count]

    def finish(self):
        pad = AES_BLOCK - self.length % AES_BLOCK
        out = self._ctx.update(bytes([pad]) * pad) + self._ctx.finalize()
        return out


def decrypt(chunks, key_hex, iv_hex):
    """Decrypt AES-128-CBC + PKCS#7 from an iterable of chunks; yields the
    plaintext in fresh bytes objects."""
    ctx = _cipher(key_hex, iv_hex).decryptor()
    held = b''                 # the last block, which carries the padding
    length = 0
    for chunk in chunks:
        length += len(chunk)
        out = ctx.update(chunk)
        if len(out) > AES_BLOCK:
            if held:
                yield held
            yield out[:-AES_BLOCK]
            held = out[-AES_BLOCK:]
        elif out:
            combined = held + out
            if len(combined) > AES_BLOCK:
                yield combined[:-AES_BLOCK]
            held = combined[-AES_BLOCK:]
    if length % AES_BLOCK or not length:
        raise BundleError('the encrypted image is truncated or corrupt (its '
                          f'length, {length} bytes, is not a whole number '
                          'of AES blocks)')
    held += ctx.finalize()
    pad = held[-1]
    if not 1 <= pad <= AES_BLOCK or held[-pad:] != bytes([pad]) * pad:
        raise BundleError('cannot decrypt the image: wrong key or corrupt '
                          'bundle')
    if pad < AES_BLOCK:
        yield held[:-pad]


# -- background stages --------------------------------------------------------

_END = object()
JOIN_TIMEOUT = 10.0   # seconds close() waits for a stage's thread


class _Failure:
    def __init__(self, error):
        self.error = error


class in_background:
    """Run ITERABLE in a daemon thread and iterate its items here.  A
    failure in the thread is raised here; close() (from any thread) stops
    the thread at its next item."""

    def __init__(self, iterable, maxsize=4, name='stage'):
        self._items = queue.Queue(maxsize)
        self._stop = threading.Event()
        self._iterable = iterable
        self._thread = threading.Thread(target=self._run, name=name,
                                        daemon=True)
        self._thread.start()

    def _put(self, item):
        while not self._stop.is_set():
            try:
                self._items.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self):
        try:
            for item in self._iterable:
                if not self._put(item):
                    break
            else:
                self._put(_END)
        except BaseException as err:   # noqa: BLE001 -- handed over
            self._put(_Failure(err))
        finally:
            close = getattr(self._iterable, 'close', None)
            if close is not None:
                try:
                    close()
                except Exception:     # noqa: BLE001
                    pass

    def __iter__(self):
        try:
            while True:
                item = self._items.get()
                if item is _END:
                    return
                if isinstance(item, _Failure):
                    raise item.error
                yield item
        finally:
            self._stop.set()

    def close(self):
        """Stop the thread and wait for it (briefly): a daemon thread still
        reading stdin when the interpreter exits makes Python abort."""
        self._stop.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout=JOIN_TIMEOUT)
