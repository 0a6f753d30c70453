#!/usr/bin/env python3
"""Validates a SARIF log against the required fields and enumerations of SARIF 2.1.0.

usage: validate.py LOG.sarif
The checks follow the 'required' lists, 'anyOf' alternatives and enums of the OASIS
SARIF 2.1.0 JSON schema (sarif-schema-2.1.0.json) for every object planc writes.
Exits 1 and lists every violation when the log is not valid.
"""
import json
import sys

errors = []

def need(obj, path, *keys):
    for k in keys:
        if k not in obj:
            errors.append(f'{path}: missing required "{k}"')

def any_of(obj, path, *keys):
    if not any(k in obj for k in keys):
        errors.append(f'{path}: needs one of {", ".join(keys)}')

def enum(obj, path, key, values):
    if key in obj and obj[key] not in values:
        errors.append(f'{path}.{key}: "{obj[key]}" is not one of {values}')

def message(m, path):
    if not isinstance(m, dict):
        errors.append(f'{path}: message must be an object')
        return
    any_of(m, path, 'text', 'id')

def region(r, path):
    any_of(r, path, 'startLine', 'charOffset', 'byteOffset')
    for k in ('startLine', 'startColumn', 'endLine', 'endColumn'):
        if k in r and (not isinstance(r[k], int) or r[k] < 1):
            errors.append(f'{path}.{k}: must be an integer >= 1')

def artifact_location(a, path):
    if 'uri' in a and not isinstance(a['uri'], str):
        errors.append(f'{path}.uri: must be a string')

def physical(p, path):
    any_of(p, path, 'address', 'artifactLocation')
    if 'artifactLocation' in p:
        artifact_location(p['artifactLocation'], path + '.artifactLocation')
    if 'region' in p:
        region(p['region'], path + '.region')

def location(l, path):
    if 'physicalLocation' in l:
        physical(l['physicalLocation'], path + '.physicalLocation')
    if 'message' in l:
        message(l['message'], path + '.message')

def multiformat(m, path):
    need(m, path, 'text')

def rule(r, path):
    need(r, path, 'id')
    for k in ('shortDescription', 'fullDescription', 'help'):
        if k in r:
            multiformat(r[k], f'{path}.{k}')
    if 'defaultConfiguration' in r:
        enum(r['defaultConfiguration'], path + '.defaultConfiguration', 'level', ['none', 'note', 'warning', 'error'])

def result(r, path, rules):
    need(r, path, 'message')
    if 'message' in r:
        message(r['message'], path + '.message')
    enum(r, path, 'level', ['none', 'note', 'warning', 'error'])
    enum(r, path, 'kind', ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'])
    if 'ruleIndex' in r and not (0 <= r['ruleIndex'] < len(rules) and rules[r['ruleIndex']]['id'] == r.get('ruleId')):
        errors.append(f'{path}.ruleIndex: does not point at rule "{r.get("ruleId")}"')
    for i, l in enumerate(r.get('locations', [])):
        location(l, f'{path}.locations[{i}]')
    for i, l in enumerate(r.get('relatedLocations', [])):
        location(l, f'{path}.relatedLocations[{i}]')
    for i, f in enumerate(r.get('fixes', [])):
        fp = f'{path}.fixes[{i}]'
        need(f, fp, 'artifactChanges')
        for j, c in enumerate(f.get('artifactChanges', [])):
            cp = f'{fp}.artifactChanges[{j}]'
            need(c, cp, 'artifactLocation', 'replacements')
            for k, rep in enumerate(c.get('replacements', [])):
                need(rep, f'{cp}.replacements[{k}]', 'deletedRegion')
                if 'deletedRegion' in rep:
                    region(rep['deletedRegion'], f'{cp}.replacements[{k}].deletedRegion')
    for i, s in enumerate(r.get('suppressions', [])):
        need(s, f'{path}.suppressions[{i}]', 'kind')
        enum(s, f'{path}.suppressions[{i}]', 'kind', ['inSource', 'external'])

def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        log = json.load(f)
    need(log, 'sarifLog', 'version', 'runs')
    if log.get('version') != '2.1.0':
        errors.append('sarifLog.version: must be "2.1.0"')
    for i, run in enumerate(log.get('runs', [])):
        path = f'runs[{i}]'
        need(run, path, 'tool')
        driver = run.get('tool', {}).get('driver')
        if driver is None:
            errors.append(f'{path}.tool: missing required "driver"')
            continue
        need(driver, path + '.tool.driver', 'name')
        rules = driver.get('rules', [])
        for j, r in enumerate(rules):
            rule(r, f'{path}.tool.driver.rules[{j}]')
        enum(run, path, 'columnKind', ['utf16CodeUnits', 'unicodeCodePoints'])
        for j, r in enumerate(run.get('results', [])):
            result(r, f'{path}.results[{j}]', rules)
        for j, inv in enumerate(run.get('invocations', [])):
            need(inv, f'{path}.invocations[{j}]', 'executionSuccessful')
            for k, n in enumerate(inv.get('toolExecutionNotifications', [])):
                need(n, f'{path}.invocations[{j}].toolExecutionNotifications[{k}]', 'message')
    for e in errors:
        print(e)
    if not errors:
        print(f'{sys.argv[1]}: valid SARIF 2.1.0 ({sum(len(r.get("results", [])) for r in log["runs"])} results)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
