from euca2ools.commands.euare import iprofile
from euca2ools.commands.euare._recursive import (RecursiveDelete,
                                                 recursive_args)
from euca2ools.commands.euare.deleterole import DeleteRole
from euca2ools.commands.euare.getinstanceprofile import GetInstanceProfile
from euca2ools.commands.euare.removerolefrominstanceprofile import \
    RemoveRoleFromInstanceProfile


class DeleteInstanceProfile(RecursiveDelete):
    COMMAND = 'euare-instanceprofiledel'
    ACTION = 'DeleteInstanceProfile'
    DESCRIPTION = ('Delete an instance profile\n\nThis will break any '
                   'running instances that depend upon access to the '
                   'deleted instance profile.')
    ARGS = [*iprofile('name of the instance profile to delete (required)'),
            *recursive_args('-r', 'instance profile', euca_flag=False)]

    def dependents(self):
        result = self.sub(GetInstanceProfile, InstanceProfileName=self.params[
            'InstanceProfileName']).main()
        roles = (result.get('InstanceProfile') or {}).get('Roles') or []
        return [('roles', [(found.get('Arn'), found.get('RoleName'))
                           for found in roles])]

    def delete_dependents(self, found):
        name = self.params['InstanceProfileName']
        for _, role_name in found['roles']:
            self.sub(RemoveRoleFromInstanceProfile, RoleName=role_name,
                     InstanceProfileName=name).main()
            # Not recursive: a role another profile still uses makes this
            # fail harmlessly.
            self.sub(DeleteRole, RoleName=role_name).main()
