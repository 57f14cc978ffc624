import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  roles: [
    'intro',
    {
      type: 'category',
      label: 'ECS',
      collapsed: false,
      items: ['roles/task-role', 'roles/task-execution-role'],
    },
  ],
};

export default sidebars;
