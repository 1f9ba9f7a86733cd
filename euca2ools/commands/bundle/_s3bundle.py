"""Bundles in object storage: the S3 command base, upload, download, delete.

Shared by euca-upload-bundle, euca-bundle-and-upload-image,
euca-install-image, euimage-install-pack (upload), euca-download-bundle,
euca-download-and-unbundle and euca-delete-bundle (download/delete).

Every upload goes through S3BundleCommand.upload(): the parts are put
concurrently (a bounded thread pool), each ETag must be the MD5 of the
bytes sent (a missing one is a failed part), a failed part is retried;
then the bucket is listed once and every part must be there with its exact
size, and only then is the manifest put, LAST: a half-finished upload is
never registrable.
"""

import concurrent.futures
import hashlib
import os
import threading

from euca2ools.core import ClientError, QueryRequest, ServerError, UsageError
from euca2ools.core.progress import PROGRESS_ARGS, ProgressMixin
from euca2ools.core.s3 import S3, split_bucket_path
from euca2ools.commands.bundle._s3args import TRANSFER_THREADS

class S3BundleCommand(ProgressMixin, QueryRequest):
    """Commands that use object storage: -U/--url (S3_URL, config s3-url),
    --region, the access key options and --progress/--no-progress."""

    SERVICE_CLASS = S3
    ACTION = None          # the main S3 operation, for the record
    TABULAR = False
    JSON_OUTPUT = False
    ARGS = PROGRESS_ARGS

    @property
    def s3(self):
        return self.service

    part_locations = ()    # BUCKET/KEY of each part, once uploaded
    created_bucket = False    # this run made the upload bucket

    def log(self, text):
        from euca2ools.core.http.redact import debug
        debug(self.context, text)

    def print_uploaded(self, manifest_location):
        """``Uploaded BUCKET/KEY`` for the manifest (unless None), after one
        such line per part when --debug is on."""
        if self.context.debug:
            for location in self.part_locations:
                self.emit(f'Uploaded {location}')
        if manifest_location:
            self.emit(f'Uploaded {manifest_location}')

    # -- uploading ------------------------------------------------------------

    def configure_upload(self):
        if self.args.get('upload_policy'):
            if not self.args.get('upload_policy_signature'):
                raise UsageError('--upload-policy-signature is required when '
                                 'using an upload policy')
        elif self.args.get('upload_policy_signature'):
            raise UsageError('--upload-policy-signature needs --upload-policy '
                             'or --upload-policy-file')

    def bucket_and_prefix(self):
        try:
            return split_bucket_path(self.args['bucket'])
        except ClientError as err:
            raise UsageError(f'argument -b/--bucket: {err}')

    def ensure_upload_bucket(self):
        """HEAD the bucket and create it (with a location) on a 404."""
        if self.args.get('upload_policy'):
            return   # no key of our own to sign with; the policy decides
        bucket, _ = self.bucket_and_prefix()
        location = (self.args.get('location')
                    or self.context.regionuser.get_option(
                        's3-location-constraint'))
        try:
            self.created_bucket = self.s3.ensure_bucket(bucket, location)
        except ServerError as err:
            if err.status != 403:
                raise
            raise ClientError(
                f'{err} for bucket {bucket}: the access key is likely wrong, '
                'or another account owns the bucket (choose another name)')
        if self.created_bucket:
            self.log(f'created bucket {bucket}')

    def put_file(self, path, key, progress=None, data=None):
        """Upload one file (or ``data``) to KEY of the bundle bucket,
        retrying as --retry says (never after a permanent error)."""
        bucket, _ = self.bucket_and_prefix()
        if data is None:
            try:
                with open(path, 'rb') as fileobj:
                    data = fileobj.read()
            except OSError as err:
                raise ClientError(f'cannot read {path}: {err.strerror}')
        attempts = 1 + int(self.args.get('retries') or 0)
        for attempt in range(attempts):
            try:
                if self.args.get('upload_policy'):
                    self.s3.post_object(
                        bucket, key, data, acl=self.args.get('acl'),
                        policy=self.args['upload_policy'],
                        signature=self.args['upload_policy_signature'])
                else:
                    self.s3.put_object(bucket, key, data,
                                       acl=self.args.get('acl'))
                break
            except (ClientError, ServerError) as err:
                if _refuses_acl(err, self.args.get('acl')):
                    raise ClientError(
                        f"the server refused the canned ACL "
                        f"{self.args['acl']!r} for {bucket}/{key} "
                        f'({err.code}): S3 servers other than AWS and '
                        'Eucalyptus may not know it; try --acl private (or '
                        'public-read)')
                if attempt + 1 >= attempts or _is_permanent(err):
                    raise
                self.log(f'upload of {key} failed ({err}); retrying')
        self.log(f'Uploaded {bucket}/{key}')
        if progress is not None:
            progress.update(len(data))

    def upload_bundle(self, manifest_path, part_dir=None, first_part=0,
                      skip_manifest=False):
        """Upload a bundle on disk: its parts (from index ``first_part``)
        then its manifest, through upload(); returns the manifest's
        BUCKET/KEY."""
        from euca2ools.bundle import BundleManifest, BundlePart, BundleResult
        from euca2ools.bundle.util import safe_member_name
        manifest = BundleManifest.read(manifest_path)
        part_dir = part_dir or os.path.dirname(manifest_path) or '.'
        parts, send = [], []
        for index, listed in enumerate(manifest.parts):
            path = os.path.join(part_dir, safe_member_name(
                listed.filename, 'part file name'))
            position = listed.index if listed.index is not None else index
            exists = os.path.isfile(path)
            if position >= first_part and not exists:
                raise ClientError(f'bundle part {path} does not exist')
            part = BundlePart(listed.filename, listed.digest, path=path,
                              index=position,
                              size=os.path.getsize(path) if exists else None)
            parts.append(part)
            if position >= first_part:
                send.append(part)
        progress = self.progress_meter(sum(part.size for part in send),
                                       'uploading')

        def replay(on_part):
            for part in send:
                on_part(part)
            return BundleResult(manifest_path, parts, manifest)

        return self.upload(replay, max_pending=TRANSFER_THREADS,
                           preserve=True, skip_manifest=skip_manifest,
                           progress=progress)

    def bundle_and_upload(self, create, max_pending=2, preserve=False):
        """Bundle and upload at once: ``create(on_part)`` runs the bundler
        (euca2ools.bundle.create_bundle with its arguments bound), see
        upload(); uploaded parts are deleted unless ``preserve``."""
        return self.upload(create, max_pending=max_pending,
                           preserve=preserve)

    def upload(self, create, max_pending=2, preserve=False,
               skip_manifest=False, progress=None):
        """The one routine that uploads bundles (every command that uploads
        parts comes here).

        ``create(on_part)`` produces the parts -- the bundler, or a replay of
        parts already on disk -- calling ``on_part(part)`` as each part file
        is complete, and returns a BundleResult.  Each part is PUT at once
        (its ETag must be the MD5 of its bytes; failed parts are retried),
        and ``create`` waits while ``max_pending`` parts are not yet
        uploaded.  Uploaded parts are deleted unless ``preserve``.  Then the
        bucket is listed once and every part must be there with its exact
        size; only then does the manifest go up (unless ``skip_manifest``):
        a half-finished upload is never registrable.  Returns the
        manifest's BUCKET/KEY."""
        bucket, prefix = self.bucket_and_prefix()
        self.ensure_upload_bucket()
        slots = threading.Semaphore(max(1, max_pending))
        failures = []
        futures = []
        uploaded = []

        def upload(part):
            try:
                self.put_file(part.path, prefix + part.filename, progress,
                              data=checked_part(part))
                uploaded.append(prefix + part.filename)
                if not preserve:
                    os.unlink(part.path)
            except BaseException as err:
                failures.append(err)
                raise
            finally:
                slots.release()

        pool = concurrent.futures.ThreadPoolExecutor(max(1, max_pending))

        def on_part(part):
            if failures:
                raise failures[0]
            slots.acquire()
            if failures:
                slots.release()
                raise failures[0]
            futures.append(pool.submit(upload, part))

        result = None
        try:
            result = create(on_part)
            wait_all(futures)
            if progress is not None:
                progress.finish()
            self.part_locations = [f'{bucket}/{prefix}{part.filename}'
                                   for part in result.parts]
            self.check_uploaded_parts(
                bucket, [(prefix + part.filename, part.size)
                         for part in result.parts], skip_manifest)
            manifest_key = prefix + os.path.basename(result.manifest_path)
            if not skip_manifest:
                self.put_file(result.manifest_path, manifest_key)
        except BaseException as err:
            # Ctrl-C or SIGTERM has cut the transfers in flight already
            # (S3.abort, an on_stop hook): nothing here waits on one.
            for future in futures:
                future.cancel()
            pool.shutdown(wait=True)
            if isinstance(err, KeyboardInterrupt) and uploaded:
                err.outcome = self.left_on_server(bucket, uploaded, result)
            if self.created_bucket and not uploaded:
                self.remove_empty_bucket(bucket)
            if result is not None and not preserve:
                # Some parts are gone already: what is left is no bundle.
                for path in [result.manifest_path] + [
                        part.path for part in result.parts]:
                    if os.path.exists(path):
                        os.unlink(path)
            raise
        finally:
            pool.shutdown(wait=True)
        if not preserve:
            os.unlink(result.manifest_path)
        return f'{bucket}/{manifest_key}'

    def remove_empty_bucket(self, bucket):
        """This run made the bucket and stored nothing in it: it goes."""
        try:
            if not list(self.s3.list_objects(bucket, '')):
                self.s3.delete_bucket(bucket)
        except (ClientError, ServerError) as err:
            self.log(f'could not remove the empty bucket {bucket}: {err}')

    def left_on_server(self, bucket, keys, result):
        """What an interrupted upload says: which parts it left in the
        bucket, and how to remove them."""
        shown = ', '.join(sorted(keys)[:3]) + (
            f' and {len(keys) - 3} more' if len(keys) > 3 else '')
        manifest = (result.manifest_path if result is not None
                    else self.args.get('manifest'))
        how = (f'remove them with euca-delete-bundle -b '
               f"{self.args['bucket']} --local-manifest {manifest}"
               if manifest and os.path.exists(manifest) else
               'remove them with an S3 client, or upload the bundle again')
        return (f'interrupted; the manifest was not uploaded, and '
                f'{len(keys)} part(s) were left in bucket {bucket} '
                f'({shown}): {how}')

    def check_uploaded_parts(self, bucket, expected, skip_manifest=False):
        """List the bucket once (under the parts' common key prefix) and
        require every (key, size) of ``expected`` to be there with that
        size (None: any size); ClientError naming the missing or short
        parts otherwise.  Skipped with an upload policy, which gives no
        key to sign a listing with."""
        if self.args.get('upload_policy') or not expected:
            return
        outcome = ('' if skip_manifest
                   else '; the manifest was not uploaded')
        common = os.path.commonprefix([key for key, _ in expected])
        try:
            listed = {item.get('Key'): item.get('Size')
                      for item in self.s3.list_objects(bucket, common)}
        except ServerError as err:
            raise ClientError(f'cannot list {bucket}/{common}* to check the '
                              f'uploaded parts ({err.code}: {err.message})'
                              f'{outcome}')
        problems = []
        for key, size in expected:
            if key not in listed:
                problems.append(f'{bucket}/{key} is missing')
                continue
            try:
                stored = int(listed[key])
            except (TypeError, ValueError):
                stored = None
            if size is not None and stored != size:
                problems.append(f'{bucket}/{key} holds '
                                f'{"?" if stored is None else stored} bytes, '
                                f'not {size}')
        if problems:
            shown = '; '.join(problems[:5])
            if len(problems) > 5:
                shown += f'; and {len(problems) - 5} more'
            raise ClientError(f'the upload is incomplete: {shown}{outcome}')

    # -- downloading ----------------------------------------------------------

    def manifest_key(self):
        """(bucket, key of the manifest) from -b and -m/-p."""
        bucket, prefix = split_bucket_path(self.args['bucket'])
        return bucket, prefix + self.args['manifest']

    def fetch_manifest(self):
        from euca2ools.bundle import BundleManifest
        if self.args.get('local_manifest'):
            if not os.path.isfile(self.args['local_manifest']):
                raise ClientError(f"manifest file "
                                  f"{self.args['local_manifest']!r} does "
                                  'not exist')
            return BundleManifest.read(self.args['local_manifest']), None
        bucket, key = self.manifest_key()
        try:
            data = self.s3.get_object_bytes(bucket, key)
        except ServerError as err:
            if err.status == 404:
                raise ClientError(f"manifest '{bucket}/{key}' does not exist "
                                  'on the server')
            raise
        return BundleManifest.from_bytes(data, f'{bucket}/{key}'), data

    def part_key(self, part):
        bucket, prefix = split_bucket_path(self.args['bucket'])
        return bucket, prefix + part.filename

    def download_part(self, part, fileobj, progress=None):
        """GET one part into ``fileobj``, checking its SHA-1 against the
        manifest."""
        bucket, key = self.part_key(part)
        try:
            info = self.s3.get_object(
                bucket, key, fileobj,
                progress=progress.update if progress is not None else None)
        except ServerError as err:
            if err.status != 404:
                raise
            raise ClientError(f'bundle part {bucket}/{key} is not on the '
                              f'server ({err.code}): the bundle is '
                              'incomplete')
        if part.digest and info.sha1 != part.digest.lower():
            raise ClientError(f'downloaded part {bucket}/{key} is corrupt '
                              f'(SHA-1 {info.sha1}, the manifest says '
                              f'{part.digest})')
        return info


def checked_part(part):
    """The bytes of a part file, which must be the part the manifest
    lists (its SHA-1): a part cut short or changed since it was bundled is
    refused, naming it, before anything of it is sent."""
    try:
        with open(part.path, 'rb') as fileobj:
            data = fileobj.read()
    except OSError as err:
        raise ClientError(f'cannot read {part.path}: {err.strerror}')
    if part.digest:
        digest = hashlib.sha1(data).hexdigest()
        if digest != part.digest.lower():
            raise ClientError(
                f'bundle part {part.path} is not the part the manifest '
                f'lists ({len(data)} bytes, SHA-1 {digest}; the manifest '
                f'says {part.digest}): it was cut short or changed since it '
                'was bundled; the manifest was not uploaded')
    return data


def _refuses_acl(err, acl):
    """Whether an error answer is the server refusing the canned ACL
    (radosgw: 400 InvalidArgument; others: NotImplemented)."""
    return (isinstance(err, ServerError) and acl is not None
            and err.status in (400, 501)
            and err.code in ('InvalidArgument', 'NotImplemented',
                             'InvalidRequest', 'UnsupportedAcl', '400',
                             '501'))


def _is_permanent(err):
    """Errors that another attempt cannot fix (denied, no such bucket)."""
    return isinstance(err, ServerError) and err.status in (400, 401, 403,
                                                           404, 405)


def wait_all(futures):
    done, pending = concurrent.futures.wait(
        futures, return_when=concurrent.futures.FIRST_EXCEPTION)
    failed = next((f for f in futures if f.done() and not f.cancelled()
                   and f.exception() is not None), None)
    if failed is not None:
        for future in pending:
            future.cancel()
        concurrent.futures.wait(pending)
        raise failed.exception()
