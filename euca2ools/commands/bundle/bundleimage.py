from euca2ools.commands.bundle import (BUNDLE_CREATING_ARGS, BundleCommand,
                                       BundleCreatingMixin)


class BundleImage(BundleCreatingMixin, BundleCommand):
    COMMAND = 'euca-bundle-image'
    EXAMPLES = (
        ('Bundle an image file for x86_64',
         'euca-bundle-image -i centos.img -r x86_64'),
        ('Bundle an image into a directory of your choice',
         'euca-bundle-image -i centos.img -r x86_64 -d bundles -p centos-7'),
    )
    DESCRIPTION = 'Prepare an image for use in the cloud'
    KEY_OPTIONS = True
    ARGS = BUNDLE_CREATING_ARGS

    def configure(self):
        self.configure_bundle_creating()

    def main(self):
        return self.create_bundle()

    def print_result(self, result):
        self.emit(f'Wrote manifest {result.manifest_path}')
