from euca2ools.commands.euare import role
from euca2ools.commands.euare._recursive import (RecursiveDelete,
                                                 recursive_args)
from euca2ools.commands.euare.deleterolepolicy import DeleteRolePolicy
from euca2ools.commands.euare.listinstanceprofilesforrole import \
    ListInstanceProfilesForRole
from euca2ools.commands.euare.listrolepolicies import ListRolePolicies
from euca2ools.commands.euare.removerolefrominstanceprofile import \
    RemoveRoleFromInstanceProfile


class DeleteRole(RecursiveDelete):
    COMMAND = 'euare-roledel'
    ACTION = 'DeleteRole'
    DESCRIPTION = 'Delete a role'
    ARGS = [*role('name of the role to delete (required)'),
            *recursive_args('-c', 'role', euca_flag=False)]

    def dependents(self):
        name = self.params['RoleName']
        return [('instance profiles', self.listed(
                    ListInstanceProfilesForRole, 'InstanceProfiles',
                    'InstanceProfileName', 'Arn', RoleName=name)),
                ('policies', self.listed(ListRolePolicies, 'PolicyNames',
                                         RoleName=name))]

    def delete_dependents(self, found):
        name = self.params['RoleName']
        for _, profile in found['instance profiles']:
            self.sub(RemoveRoleFromInstanceProfile, RoleName=name,
                     InstanceProfileName=profile).main()
        for _, policy in found['policies']:
            self.sub(DeleteRolePolicy, RoleName=name,
                     PolicyName=policy).main()
