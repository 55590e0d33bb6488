import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";

export interface ViewTab<V extends string> {
  value: V;
  label: string;
}

const useStyles = makeStyles({
  // The row never widens the pane: tabs that do not fit move into the "More" menu instead.
  row: { display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" },
  strip: { minWidth: 0, flexWrap: "nowrap" },
  more: { minWidth: "auto", flexShrink: 0, alignSelf: "center", marginLeft: tokens.spacingHorizontalXS },
});

interface ViewTabsProps<V extends string> {
  views: readonly ViewTab<V>[];
  selected: V;
  onSelect(view: V): void;
  /** The tab of a view that has been opened points at its panel. */
  panelOf(view: V): string | undefined;
}

/**
 * The pane's views as a tab strip that fits any pane width from 320 px: tabs that do not fit are
 * listed in a "More views" menu at the end of the strip, and the selected view always keeps its tab
 * (Fluent's Overflow hides the lowest-priority items first).
 */
export function ViewTabs<V extends string>({ views, selected, onSelect, panelOf }: ViewTabsProps<V>) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={2}>
      <div className={styles.row}>
        <TabList className={styles.strip} selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as V)} size="medium">
          {views.map(({ value, label }) => (
            <OverflowItem key={value} id={value} priority={value === selected ? 2 : 1}>
              <Tab value={value} id={`tab-${value}`} aria-controls={panelOf(value)}>
                {label}
              </Tab>
            </OverflowItem>
          ))}
        </TabList>
        {/* Beside the tab list, not in it: a tablist may hold only tabs. */}
        <MoreViewsMenu views={views} onSelect={onSelect} moreClassName={styles.more} />
      </div>
    </Overflow>
  );
}

interface MoreViewsMenuProps<V extends string> {
  views: readonly ViewTab<V>[];
  onSelect(view: V): void;
  moreClassName: string;
}

function MoreViewsMenu<V extends string>({ views, onSelect, moreClassName }: MoreViewsMenuProps<V>) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  // Rendered even when nothing overflows (hidden), so Overflow can measure the room it needs.
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          className={moreClassName}
          aria-label={`More views (${overflowCount})`}
          style={isOverflowing ? undefined : { display: "none" }}
        >
          More ▾
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {views.map((view) => (
            <OverflowMenuItem key={view.value} view={view} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function OverflowMenuItem<V extends string>({ view, onSelect }: { view: ViewTab<V>; onSelect(view: V): void }) {
  // Only the views whose tab is hidden are offered here.
  if (useIsOverflowItemVisible(view.value)) return null;
  return <MenuItem onClick={() => onSelect(view.value)}>{view.label}</MenuItem>;
}
