import path from 'node:path';
import { isMap, type Node } from 'yaml';
import { glob, isDynamicPattern } from 'tinyglobby';
import { displayPath, WORKSPACE_FILE_NAME } from '../collectors/workspace-config.js';
import type { YamlPlace } from '../i18n/problems.js';
import { YamlFile, requireKey } from '../inputs/yaml-document.js';
import type { Provenance } from '../model/provenance.js';

/** One workspace of a fleet: where it is, and what the reports call it. */
export interface FleetMember {
  /** A workspace folder or its YAML file, as readWorkspaceConfig takes it. */
  target: string;
  label: string;
  /** Where the fleet file lists it (undefined on the command line). */
  at?: Provenance;
}

const WORKSPACES: YamlPlace = { owner: 'workspace', key: 'workspaces' };
const item = (key?: string): YamlPlace => ({ owner: 'workspace', key: key ? `workspaces.${key}` : 'workspaces', item: true });

/** The label a workspace gets when none is written: its folder, as the user would type it. */
export function defaultLabel(target: string): string {
  const shown = displayPath(path.resolve(target));
  return path.basename(shown) === WORKSPACE_FILE_NAME ? path.dirname(shown) : shown;
}

/**
 * Reads a fleet file:
 *   workspaces:
 *     - orgs/*\/ims-doctor.yaml           # a glob, relative to this file
 *     - { path: brands/acme, label: acme }
 * Errors name the file, line and column, like the workspace loader's. A pattern that matches
 * nothing is an error (a typo would silently shrink the fleet); a path that does not exist is left
 * to the workspace loader, so that it becomes that workspace's problem and the others still run.
 */
export async function readFleetFile(file: string): Promise<FleetMember[]> {
  const yaml: YamlFile = await YamlFile.read(displayPath(path.resolve(file)));
  const base = path.dirname(path.resolve(file));
  const entries = yaml.mapping(yaml.root, { owner: 'workspace' }, ['workspaces']);
  const list = yaml.sequence(requireKey(yaml, entries, yaml.root, 'workspaces', { owner: 'workspace' }).value, WORKSPACES);
  if (list.length === 0) yaml.fail(yaml.root, { id: 'fleetEmpty' });

  const members: FleetMember[] = [];
  const labels = new Map<string, Node>();
  const add = (target: string, label: string, node: Node): void => {
    if (labels.has(label)) yaml.fail(node, { id: 'fleetLabelTwice', params: { label } });
    labels.set(label, node);
    members.push({ target, label, at: yaml.at(node) });
  };
  // A workspace named by a path (with its label) wins over a glob that matches it too: checked once.
  const named = new Map<string, Node>();
  const explicit = list.flatMap((node) => {
    const written = isMap(node) ? undefined : yaml.string(node, item());
    if (written !== undefined && isDynamicPattern(written)) return [];
    const fields = isMap(node) ? yaml.mapping(node, item(), ['path', 'label']) : undefined;
    const pathNode = fields ? requireKey(yaml, fields, node, 'path', item()).value : node;
    const target = path.resolve(base, written ?? yaml.string(pathNode, item('path')));
    const key = workspaceKey(target);
    if (named.has(key)) yaml.fail(pathNode, { id: 'fleetWorkspaceTwice', params: { workspace: defaultLabel(target) } });
    named.set(key, pathNode!);
    const labelNode = fields?.get('label')?.value;
    return [{ node, target, label: labelNode ? yaml.string(labelNode, item('label')) : defaultLabel(target), at: labelNode ?? pathNode! }];
  });
  const globbed = new Set<string>();
  for (const node of list) {
    const entry = explicit.find((candidate) => candidate.node === node);
    if (entry) {
      add(entry.target, entry.label, entry.at);
      continue;
    }
    const written = yaml.string(node, item());
    // Sorted: the same fleet file lists its workspaces in the same order on every machine.
    const matches = (await glob(written, { cwd: base, absolute: true, onlyFiles: false, expandDirectories: false })).sort();
    if (matches.length === 0) yaml.fail(node, { id: 'fleetGlobEmpty', params: { pattern: written } });
    for (const match of matches) {
      const key = workspaceKey(match);
      if (named.has(key) || globbed.has(key)) continue;
      globbed.add(key);
      add(match, defaultLabel(match), node);
    }
  }
  return members;
}

/** One workspace however it is written: its folder, with or without `/ims-doctor.yaml`, absolute. */
function workspaceKey(target: string): string {
  const absolute = path.resolve(target);
  return path.basename(absolute) === WORKSPACE_FILE_NAME ? path.dirname(absolute) : absolute.replace(/[\\/]+$/, '');
}

/** Workspaces given on the command line (`check WS1 WS2`), labelled as typed. */
export function membersFromArguments(targets: readonly string[]): FleetMember[] {
  const seen = new Set<string>();
  return targets.map((target) => {
    let label = defaultLabel(target);
    // The same folder given twice keeps both (fleet-duplicate-instance tells), told apart by number.
    for (let n = 2; seen.has(label); n++) label = `${defaultLabel(target)}#${n}`;
    seen.add(label);
    return { target, label };
  });
}
