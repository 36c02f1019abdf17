// Arrow keys on the map move to the nearest person in that direction (renderer/features/map/nearestPerson.ts).
import { describe, expect, it } from 'vitest';
import { nearestInDirection, startingPerson, type Spot } from '../../../renderer/features/map/nearestPerson';

// A plus shape around the centre c, and two people off to the side.
//            up(0,-100)
//  left(-100,0)  c(0,0)  right(100,0)   far(300,0)
//            down(0,100)      diag(60,-90)
const spots: Spot[] = [
  { id: 'c', x: 0, y: 0 },
  { id: 'up', x: 0, y: -100 },
  { id: 'down', x: 0, y: 100 },
  { id: 'left', x: -100, y: 0 },
  { id: 'right', x: 100, y: 0 },
  { id: 'far', x: 300, y: 0 },
  { id: 'diag', x: 60, y: -90 },
];
const c = spots[0]!;

describe('nearestInDirection', () => {
  it('moves to the person straight ahead in each direction', () => {
    expect(nearestInDirection(c, spots, 'left')).toBe('left');
    expect(nearestInDirection(c, spots, 'right')).toBe('right');
    expect(nearestInDirection(c, spots, 'down')).toBe('down');
    // diag is closer in distance (108) but 60 off to the side; up is straight ahead at 100.
    expect(nearestInDirection(c, spots, 'up')).toBe('up');
  });

  it('prefers someone within 45° over a closer one far to the side', () => {
    const from: Spot = { id: 'a', x: 0, y: 0 };
    const side: Spot = { id: 'side', x: 20, y: 50 }; // closer, but 68° off "right"
    const ahead: Spot = { id: 'ahead', x: 200, y: 30 };
    expect(nearestInDirection(from, [from, side, ahead], 'right')).toBe('ahead');
  });

  it('falls back to anyone ahead when nobody is within 45°', () => {
    const from: Spot = { id: 'a', x: 0, y: 0 };
    expect(nearestInDirection(from, [from, { id: 'b', x: 10, y: 200 }], 'right')).toBe('b');
  });

  it('returns null at the edge: nobody ahead', () => {
    expect(nearestInDirection({ id: 'far', x: 300, y: 0 }, spots, 'right')).toBeNull();
    expect(nearestInDirection(c, [c], 'left')).toBeNull();
  });

  it('never returns the person it starts from, and breaks ties by id', () => {
    const from: Spot = { id: 'm', x: 0, y: 0 };
    const twins: Spot[] = [from, { id: 'z', x: 50, y: 0 }, { id: 'b', x: 50, y: 0 }];
    expect(nearestInDirection(from, twins, 'right')).toBe('b');
  });

  it('from each arm of the plus, the opposite arrow comes back to the centre', () => {
    const inner = spots.filter((s) => s.id !== 'far' && s.id !== 'diag');
    expect(nearestInDirection(inner[1]!, inner, 'down')).toBe('c');
    expect(nearestInDirection(inner[3]!, inner, 'right')).toBe('c');
  });
});

describe('startingPerson', () => {
  it('starts on the preferred person when shown, else the one nearest the centre', () => {
    expect(startingPerson(spots, { x: 90, y: 5 }, 'left')).toBe('left');
    expect(startingPerson(spots, { x: 90, y: 5 }, 'gone')).toBe('right');
    expect(startingPerson([], { x: 0, y: 0 }, null)).toBeNull();
  });
});
