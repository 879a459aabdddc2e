import type { Lang } from '../catalog/types.js';
import { formatInt } from '../report/format.js';
import type { AlertExecProblem } from './alert-exec.js';
import type { AlertRule } from './alert-rules.js';
import type { TailEvent } from './tailer.js';

/** Every word follow mode shows a person (stderr notes, alerts, the live view), one table per language. */
export interface FollowWords {
  tail: (name: string, event: TailEvent) => string;
  cannotRead: (name: string, code: string) => string;
  /** An --alert-exec hook that could not run or failed. */
  alertExec: (problem: AlertExecProblem) => string;
  /** "95 calls in 20 s" and the like: what the rule measures, with its value. */
  measure: (rule: AlertRule, value: number) => string;
  alertStart: string;
  alertClear: string;
  view: {
    title: (inputs: number) => string;
    paused: string;
    rate: string;
    inflight: string;
    today: (day: string) => string;
    failures: string;
    lastMinute: string;
    sinceStart: string;
    topCodes: string;
    lastFindings: string;
    alerts: string;
    none: string;
    keys: string;
  };
}

const en: FollowWords = {
  tail: (name, event) =>
    ({
      waiting: `${name}: no such file yet; waiting for it`,
      appeared: `${name}: the file is there now; reading it`,
      rotated: `${name}: rotated; reading the new file from its start`,
      truncated: `${name}: truncated; reading it again from its start`,
    })[event],
  cannotRead: (name, code) => `${name}: cannot read (${code}); trying again`,
  alertExec: (p) =>
    p.kind === 'cannotRun'
      ? `--alert-exec: cannot run (${p.detail})`
      : `--alert-exec: ended with ${p.signal ?? `exit code ${p.code}`}`,
  measure: (rule, v) => {
    const n = (x: number): string => formatInt(x, 'en');
    switch (rule.metric) {
      case 'rate':
        return `${n(v)} calls in 20 s`;
      case 'inflight':
        return `${n(v)} requests in flight`;
      case 'quota':
        return rule.percent ? `${v}% of the daily quota used today` : `${n(v)} calls today`;
      case 'code':
        return `${n(v)} × code ${rule.code} in the last minute`;
      case 'level':
        return `${n(v)} ${rule.level}-level failures in the last minute`;
    }
  },
  alertStart: 'ALERT',
  alertClear: 'cleared',
  view: {
    title: (inputs) => `following ${inputs === 1 ? '1 log' : `${inputs} logs`}`,
    paused: 'PAUSED (p resumes)',
    rate: 'calls / 20 s',
    inflight: 'in flight',
    today: (day) => `today ${day} (US Central)`,
    failures: 'failures',
    lastMinute: 'last minute',
    sinceStart: 'since start',
    topCodes: 'top codes',
    lastFindings: 'last findings',
    alerts: 'alerts',
    none: 'none',
    keys: 'q quit and report · p pause',
  },
};

const sv: FollowWords = {
  tail: (name, event) =>
    ({
      waiting: `${name}: filen finns inte än; väntar på den`,
      appeared: `${name}: filen finns nu; läser den`,
      rotated: `${name}: roterad; läser den nya filen från början`,
      truncated: `${name}: avkortad; läser den igen från början`,
    })[event],
  cannotRead: (name, code) => `${name}: kan inte läsas (${code}); försöker igen`,
  alertExec: (p) =>
    p.kind === 'cannotRun'
      ? `--alert-exec: kan inte köras (${p.detail})`
      : `--alert-exec: avslutades med ${p.signal ?? `slutkod ${p.code}`}`,
  measure: (rule, v) => {
    const n = (x: number): string => formatInt(x, 'sv');
    switch (rule.metric) {
      case 'rate':
        return `${n(v)} anrop på 20 s`;
      case 'inflight':
        return `${n(v)} samtidiga anrop`;
      case 'quota':
        return rule.percent
          ? `${String(v).replace('.', ',')}\u00a0% av dagskvoten använd i dag`
          : `${n(v)} anrop i dag`;
      case 'code':
        return `${n(v)} × kod ${rule.code} senaste minuten`;
      case 'level':
        return `${n(v)} fel på nivån ${rule.level} senaste minuten`;
    }
  },
  alertStart: 'LARM',
  alertClear: 'upphört',
  view: {
    title: (inputs) => `följer ${inputs === 1 ? '1 logg' : `${inputs} loggar`}`,
    paused: 'PAUSAD (p fortsätter)',
    rate: 'anrop / 20 s',
    inflight: 'samtidiga',
    today: (day) => `i dag ${day} (US Central)`,
    failures: 'fel',
    lastMinute: 'senaste minuten',
    sinceStart: 'sedan start',
    topCodes: 'vanligaste koder',
    lastFindings: 'senaste fel',
    alerts: 'larm',
    none: 'inga',
    keys: 'q avsluta med rapport · p paus',
  },
};

export function followWords(lang: Lang): FollowWords {
  return lang === 'sv' ? sv : en;
}
