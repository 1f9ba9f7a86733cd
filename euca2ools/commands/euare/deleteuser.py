from euca2ools.core import ServerError
from euca2ools.commands.euare import user
from euca2ools.commands.euare._recursive import (RecursiveDelete,
                                                 recursive_args)
from euca2ools.commands.euare.deleteaccesskey import DeleteAccessKey
from euca2ools.commands.euare.deleteloginprofile import DeleteLoginProfile
from euca2ools.commands.euare.deletesigningcertificate import \
    DeleteSigningCertificate
from euca2ools.commands.euare.deleteuserpolicy import DeleteUserPolicy
from euca2ools.commands.euare.getloginprofile import GetLoginProfile
from euca2ools.commands.euare.listaccesskeys import ListAccessKeys
from euca2ools.commands.euare.listgroupsforuser import ListGroupsForUser
from euca2ools.commands.euare.listsigningcertificates import \
    ListSigningCertificates
from euca2ools.commands.euare.listuserpolicies import ListUserPolicies
from euca2ools.commands.euare.removeuserfromgroup import RemoveUserFromGroup


class DeleteUser(RecursiveDelete):
    COMMAND = 'euare-userdel'
    ACTION = 'DeleteUser'
    DESCRIPTION = 'Delete a user'
    ARGS = [*user('name of the user to delete (required)'),
            *recursive_args('-r', 'user')]

    def dependents(self):
        name = self.params['UserName']
        return [
            ('accesskeys', self.listed(ListAccessKeys, 'AccessKeyMetadata',
                                      'AccessKeyId', UserName=name)),
            ('policies', self.listed(ListUserPolicies, 'PolicyNames', None,
                                    UserName=name)),
            ('certificates', self.listed(
                ListSigningCertificates, 'Certificates', 'CertificateId',
                UserName=name)),
            ('groups', self.listed(ListGroupsForUser, 'Groups', 'GroupName',
                                  'Arn', UserName=name))]

    def delete_dependents(self, found):
        name = self.params['UserName']
        for _, key_id in found['accesskeys']:
            self.sub(DeleteAccessKey, UserName=name,
                     AccessKeyId=key_id).main()
        for _, policy in found['policies']:
            self.sub(DeleteUserPolicy, UserName=name,
                     PolicyName=policy).main()
        for _, cert_id in found['certificates']:
            self.sub(DeleteSigningCertificate, UserName=name,
                     CertificateId=cert_id).main()
        for _, group in found['groups']:
            self.sub(RemoveUserFromGroup, GroupName=group,
                     user_names=[name]).main()
        try:
            self.sub(GetLoginProfile, UserName=name).main()
        except ServerError as err:
            if err.code != 'NoSuchEntity':
                raise
        else:
            self.sub(DeleteLoginProfile, UserName=name).main()
