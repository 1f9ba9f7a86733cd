from euca2ools.commands.euare import group
from euca2ools.commands.euare._recursive import (RecursiveDelete,
                                                 recursive_args)
from euca2ools.commands.euare.deletegrouppolicy import DeleteGroupPolicy
from euca2ools.commands.euare.getgroup import GetGroup
from euca2ools.commands.euare.listgrouppolicies import ListGroupPolicies
from euca2ools.commands.euare.removeuserfromgroup import RemoveUserFromGroup


class DeleteGroup(RecursiveDelete):
    COMMAND = 'euare-groupdel'
    ACTION = 'DeleteGroup'
    DESCRIPTION = 'Delete a group'
    ARGS = [*group('name of the group to delete (required)'),
            *recursive_args('-r', 'group')]

    def dependents(self):
        name = self.params['GroupName']
        return [('users', self.listed(GetGroup, 'Users', 'UserName', 'Arn',
                                      GroupName=name)),
                ('policies', self.listed(ListGroupPolicies, 'PolicyNames',
                                         GroupName=name))]

    def delete_dependents(self, found):
        name = self.params['GroupName']
        if found['users']:
            self.sub(RemoveUserFromGroup, GroupName=name,
                     user_names=[user for _, user in found['users']]).main()
        for _, policy in found['policies']:
            self.sub(DeleteGroupPolicy, GroupName=name,
                     PolicyName=policy).main()
