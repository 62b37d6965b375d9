/** Fixed dates, so a test run writes the same bytes every time. */
export const fixedDates = {
  creationDate: new Date('2024-05-17T10:00:00Z'),
  modificationDate: new Date('2024-05-17T10:00:00Z'),
}
