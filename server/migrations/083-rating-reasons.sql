-- Why a customer rated 非常不满意 / 不满意: ids from the branch's ratingReasons list (JSON array),
-- optional to pick, so ratings stored before have none.
ALTER TABLE ratings ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';
