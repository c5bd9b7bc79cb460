// The stages of an upgrade, in the order containerd's own notes take them, and the deck field that puts
// a card in one. RELEASES.md ("Upgrade Path"): clear the deprecation warnings on the current release
// first, and migrate the configuration ("Daemon Configuration": the `version` line and `containerd config
// migrate`); docs/containerd-2.0.md then lists what is breaking (removed), what is changing (renamed,
// moved) and what is new. New defaults come before other news: they change a running node without a
// config edit. Each card that changes between supported lines names its stage (`upgrade: removed`).
export const UPGRADE_STAGE_IDS = ['deprecations', 'config', 'removed', 'renamed', 'defaults', 'new'] as const;
export type UpgradeStageId = (typeof UPGRADE_STAGE_IDS)[number];

export interface UpgradeStage {
  id: UpgradeStageId;
  title: string;
}

export const UPGRADE_STAGES: readonly UpgradeStage[] = [
  { id: 'deprecations', title: 'Deprecation warnings, before you upgrade' },
  { id: 'config', title: 'The configuration version and its migration' },
  { id: 'removed', title: 'What is removed' },
  { id: 'renamed', title: 'What is renamed or moved' },
  { id: 'defaults', title: 'New defaults' },
  { id: 'new', title: 'What is new' },
];

export const isUpgradeStageId = (value: unknown): value is UpgradeStageId =>
  (UPGRADE_STAGE_IDS as readonly unknown[]).includes(value);
