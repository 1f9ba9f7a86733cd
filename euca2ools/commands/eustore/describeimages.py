from euca2ools.core import LOCAL, Arg
from euca2ools.core.output import tabify
from euca2ools.commands.eustore import EuStoreCommand


class DescribeImages(EuStoreCommand):
    COMMAND = 'eustore-describe-images'
    DESCRIPTION = 'List images available for installation from an image store'
    JSON_OUTPUT = True
    EPILOG = """\
The catalog is the file "catalog" under the store's base URL (-U, EUSTORE_URL
or the region's eustore-url; "http://host/images/" fetches
http://host/images/catalog): a JSON object with "version" (the format,
"eustore-catalog-2011-12-29") and "images", a list of objects, one an image:

    {"version": "eustore-catalog-2011-12-29",
     "images": [{"name": "tiny-hvm", "url": "tiny-hvm.tgz",
                 "sha256": "f7d5...", "os": "linux",
                 "architecture": "x86_64", "version": "1",
                 "hypervisors-supported": ["kvm"],
                 "virtualization_type": "hvm",
                 "description": "a 1 MiB empty disk"}]}

"name" is what eustore-install-image -i takes; "url" is the image's tarball,
relative to the base URL or absolute; "sha256" is its SHA-256, checked before
anything is installed (old catalogs instead name an image by the 10-digit
CRC32 of the tarball's MD5).  The tarball (.tgz) holds the machine image
(*.img or *.raw) and, for a paravirtual image, its kernel (vmlinu*) and
ramdisk (initrd*, initramfs*); with one kernel per hypervisor they sit in
xen-kernel/ and kvm-kernel/ directories.  Optional text fields: description,
os, architecture, version, date, stamp, recipe, contact, single-kernel,
virtualization_type (hvm or paravirtual); "hypervisors-supported" is a list.

euca2ools ships a one-image example catalog in docs/eustore-example; serve it
with "python3 -m http.server 8000 --bind 127.0.0.1 --directory
docs/eustore-example" and list it with "eustore-describe-images -U
http://127.0.0.1:8000/".
"""
    ARGS = [Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                help='also show each image\'s date, stamp, recipe and '
                     'contact'),
            Arg('--show-empty-fields', action='store_true', route_to=LOCAL,
                help='show empty values as "(nil)"')]

    def main(self):
        return self.fetch_catalog()

    def print_result(self, catalog):
        for image in catalog['images']:
            fields = [image.get('name'), image.get('os'),
                      image.get('architecture'), image.get('version'),
                      ','.join(image.get('hypervisors-supported') or []),
                      image.get('description')]
            if self.args.get('verbose'):
                fields += [image.get('date'), image.get('stamp'),
                           image.get('recipe'), image.get('contact')]
            self.emit(tabify(fields, self.args.get('show_empty_fields')))
