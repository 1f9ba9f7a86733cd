from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, user


class GetLoginProfile(IAMRequest):
    COMMAND = 'euare-usergetloginprofile'
    ACTION = 'GetLoginProfile'
    DESCRIPTION = 'Verify that a user has a password'
    ARGS = [*user('user whose password to verify (required)'),
            Arg('--verbose', action='store_true', route_to=LOCAL,
                help="print extra info about the user's password")]

    def print_result(self, result):
        # Reaching this point means the profile exists: a missing one is a
        # NoSuchEntity error.
        profile = result.get('LoginProfile') or {}
        self.emit(f"Login Profile Exists for User {profile.get('UserName')}")
        if self.args.get('verbose'):
            if profile.get('CreateDate'):
                self.emit(f"Creation date: {profile['CreateDate']}")
            if profile.get('MustChangePassword'):
                self.emit('Must change password: '
                          f"{profile['MustChangePassword']}")
