"""Row types of the bundle family (output-formats §2)."""


def bundle_task(task):
    """BUNDLE, bundleId, instanceId, bucket, prefix, startTime, updateTime,
    state, progress, BUCKET/PREFIX.manifest.xml (when both are known)."""
    s3 = ((task.get('storage') or {}).get('S3')) or {}
    bucket, prefix = s3.get('bucket'), s3.get('prefix')
    manifest = f'{bucket}/{prefix}.manifest.xml' if bucket and prefix else None
    return [('BUNDLE', task.get('bundleId'), task.get('instanceId'), bucket,
             prefix, task.get('startTime'), task.get('updateTime'),
             task.get('state'), task.get('progress'), manifest)]


# -- the columns' names (see euca2ools.commands.euca.rows.COLUMNS) ----------

COLUMNS = (
    ('BUNDLE', ['"BUNDLE"', 'bundle ID', 'instance ID', 'bucket', 'prefix',
                'start time', 'update time', 'state', 'progress',
                'manifest (BUCKET/PREFIX.manifest.xml)']),
)
