import os

from euca2ools.core import LOCAL, Arg, ClientError
from euca2ools.core.errors import EucaError, OutputError
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.euca.deletekeypair import DeleteKeyPair


class CreateKeyPair(EC2Request):
    COMMAND = 'euca-create-keypair'
    EXAMPLES = (
        ('Create a key pair and save its private key (mode 0600)',
         'euca-create-keypair -f mykey.pem mykey'),
        ('Create a key pair and print its private key',
         'euca-create-keypair mykey'),
    )
    ROW_TYPES = ('KEYPAIR',)
    ALIASES = ('euca-add-keypair',)
    ACTION = 'CreateKeyPair'
    DESCRIPTION = ('Create a new SSH key pair for use with instances\n\n'
                   'The private key exists only in the answer: when it '
                   'cannot be saved (a full disk, a closed output, Ctrl-C) '
                   'the new key pair is deleted again.')
    ARGS = [Arg('KeyName', metavar='KEYPAIR', complete=None,
                help='name of the new key pair (required)'),
            Arg('-f', '--filename', metavar='FILE', route_to=LOCAL,
                complete='file',
                help='new file to save the private key to instead of '
                     'printing it')]

    def main(self):
        path = self.args.get('filename')
        if not path:
            return self._create()
        # Make the key file before the key: the server keeps no copy of the
        # private key, so it must not be created where it cannot be saved.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as err:
            raise ClientError(f'cannot create {path}: {err.strerror}')
        keyfile = os.fdopen(fd, 'w')
        try:
            result = self._create()
            try:
                keyfile.write(result['keyMaterial'].rstrip('\n') + '\n')
                keyfile.flush()
                os.fsync(keyfile.fileno())
                keyfile.close()
            except OSError as err:
                self.discard(result, f'the private key could not be saved '
                                     f'in {path}: {err.strerror}')
            except KeyboardInterrupt:
                self.discard(result, 'interrupted before the private key '
                                     f'was saved in {path}')
        except BaseException:
            try:
                keyfile.close()
            except OSError:
                pass
            os.unlink(path)
            raise
        # The key went to the file: not to standard output too, as text or
        # as JSON.
        result.pop('keyMaterial', None)
        return result

    def output(self, result):
        """Without -f the private key is printed: if it cannot be (a full
        disk behind '>', a closed output, Ctrl-C), the key pair goes."""
        if self.args.get('filename'):
            return super().output(result)
        try:
            super().output(result)
            self.out.flush()
        except OutputError as err:
            self.discard(result, f'the private key could not be printed '
                                 f'({err.reason})')
        except KeyboardInterrupt:
            self.discard(result, 'interrupted before the private key was '
                                 'printed')

    def discard(self, result, why):
        name = result.get('keyName') or self.params['KeyName']
        done = self.undo_with(DeleteKeyPair, {'KeyName': name},
                              f'the key pair {name!r}',
                              f'euca-delete-keypair {name}')
        raise ClientError(f'{why}; {done}')

    def _create(self):
        """CreateKeyPair; an answer without the private key is an error,
        and the key pair it made (useless: nobody has its key) is deleted."""
        result = super().main()
        if (result.get('keyMaterial') or '').strip():
            return result
        name = result.get('keyName') or self.params['KeyName']
        try:
            DeleteKeyPair({'KeyName': name, 'url': self.url},
                          self.context).main()
        except EucaError as err:
            raise ClientError(
                f'the server sent no private key (keyMaterial) for key pair '
                f'{name!r}, and deleting the useless key pair failed: {err}; '
                f'delete it with euca-delete-keypair {name}')
        raise ClientError(f'the server sent no private key (keyMaterial) for '
                          f'key pair {name!r}; the key pair was deleted')

    def print_result(self, result):
        self.print_row('KEYPAIR', result.get('keyName'),
                       result.get('keyFingerprint'))
        if not self.args.get('filename'):
            # The key text exactly as sent, then a newline (as 3.x).
            self.emit(result.get('keyMaterial') or '')
