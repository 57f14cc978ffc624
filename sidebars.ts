import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  roles: [
    'intro',
    'overview',
    'errors',
    {
      type: 'category',
      label: 'ECS',
      collapsed: false,
      items: ['roles/task-role', 'roles/task-execution-role', 'roles/container-instance-role', 'roles/events-role'],
    },
    {
      type: 'category',
      label: 'Lambda',
      collapsed: false,
      items: ['roles/lambda-execution-role', 'roles/ecr-repository-policy'],
    },
    {
      type: 'category',
      label: '仕組み',
      collapsed: false,
      items: ['concepts/trust-and-permissions'],
    },
    {
      type: 'category',
      label: '公開',
      collapsed: false,
      items: ['publish/hosting'],
    },
  ],
};

export default sidebars;
