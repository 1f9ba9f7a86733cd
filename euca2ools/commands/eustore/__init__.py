"""eustore: an image catalog (eustore-catalog-2011-12-29) and its tarballs.

The catalog is ``GET <base>catalog``, a JSON document
``{"version": "eustore-catalog-2011-12-29", "images": [...]}``.  The base
URL comes from -U/--url, EUSTORE_URL, or the region's ``eustore-url``.
"""

import json
import urllib.parse

from euca2ools.core import Arg, BaseCommand, ClientError, ServerError
from euca2ools.core.http import HttpClient
from euca2ools.core.answers import error_from_response
from euca2ools.core.service import http_options, user_agent, verify_ssl

CATALOG_VERSION = 'eustore-catalog-2011-12-29'


class EuStoreCommand(BaseCommand):
    ARGS = [Arg('-U', '--url', metavar='URL',
                help='base URL of the image catalog (default: EUSTORE_URL or '
                     'the region\'s eustore-url)')]
    REGION_OPTION = True

    @property
    def base_url(self):
        url = (self.args.get('url')
               or self.context.environ.get('EUSTORE_URL')
               or self.context.regionuser.get_option('eustore-url'))
        if not url:
            raise ClientError('no image catalog URL: give -U/--url, set '
                              'EUSTORE_URL, or set eustore-url for the '
                              'region in a config file')
        return url if url.endswith('/') else url + '/'

    def http_client(self):
        return HttpClient(verify=verify_ssl(self.context),
                          debug=self.context.debug,
                          user_agent=user_agent() + ' eustore',
                          stderr=self.context.stderr,
                          environ=self.context.environ,
                          **http_options(self.context))

    def fetch_catalog(self):
        url = urllib.parse.urljoin(self.base_url, 'catalog')
        # Every error names the URL tried: a base URL one level off (no
        # trailing "catalog", a missing path) is the usual mistake.
        try:
            response = self.http_client().request(
                'GET', url, lambda target: (
                    {'eustore-version': CATALOG_VERSION}, b''),
                redirects='unsigned')
        except ClientError as err:
            raise ClientError(f'the catalog at {url}: {err}') from err
        if response.status_code >= 300:
            err = error_from_response(response)
            raise ServerError(err.code, f'the catalog at {url}: '
                              f'{err.message}', err.status, err.request_id)
        try:
            catalog = json.loads(response.content)
        except ValueError as err:
            raise ClientError(f'the catalog at {url} is not JSON: {err}')
        if not isinstance(catalog, dict) or \
                not isinstance(catalog.get('images'), list):
            raise ClientError(f'the catalog at {url} has no "images" list')
        for index, image in enumerate(catalog['images'], 1):
            check_catalog_entry(image, index, url)
        return catalog

    def image_url(self, image):
        if not image.get('url'):
            raise ClientError(f'catalog image {image.get("name")} has no url')
        return urllib.parse.urljoin(self.base_url, image['url'])


# Catalog fields the commands use as text (numbers are tolerated: old
# catalogs write a checksum "name" as digits), those that must be strings,
# and those that must be lists of strings.
TEXT_FIELDS = ('name', 'description', 'os', 'architecture', 'version',
               'date', 'stamp', 'recipe', 'contact', 'single-kernel',
               'virtualization_type')
STRING_FIELDS = ('url', 'sha256')
LIST_FIELDS = ('hypervisors-supported',)


def json_type(value):
    for kind, name in ((bool, 'true/false'), (dict, 'an object'),
                       (list, 'a list'), (str, 'a string'),
                       ((int, float), 'a number')):
        if isinstance(value, kind):
            return name
    return 'null'


def check_catalog_entry(image, index, url):
    """A ClientError naming entry INDEX of the catalog at URL unless it is
    an object whose fields have the types the commands rely on."""
    where = f'the catalog at {url}: image entry {index}'
    if not isinstance(image, dict):
        raise ClientError(f'{where} is {json_type(image)}, not an object')
    where = f'{where} ({image["name"]})' if isinstance(
        image.get('name'), str) else where
    for field in TEXT_FIELDS + STRING_FIELDS + LIST_FIELDS:
        value = image.get(field)
        if value is None:
            continue
        if field in LIST_FIELDS:
            good = isinstance(value, list) and all(
                isinstance(item, str) for item in value)
            wanted = 'a list of strings'
        elif field in STRING_FIELDS:
            good, wanted = isinstance(value, str), 'a string'
        else:
            good = isinstance(value, (str, int, float)) and \
                not isinstance(value, bool)
            wanted = 'a string'
        if not good:
            raise ClientError(f'{where}: "{field}" is {json_type(value)}, '
                              f'not {wanted}')
