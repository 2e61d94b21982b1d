// The machine a benchmark ran on, as the report states it: CPU, cores, memory, Node, OS, date and load.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  date: string;
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${osName()} (${os.type()} ${os.release()}, ${os.arch()})`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

/** One-minute load average: the cores are shared, so the report says how busy they were. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0]! * 100) / 100;
}

function cpuModel(): string {
  const info = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(info)?.[1];
  return model?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  if (!existsSync('/etc/os-release')) return os.version();
  const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  return pretty ?? os.version();
}
