"""Human names of journal actions, for history and the Edit menu (the UI translates)."""

from __future__ import annotations

ACTION_LABELS_ZH: dict[str, str] = {
    "import": "导入",
    "decide.accept": "立案",
    "decide.reject": "不予立案",
    "decide.withdraw": "撤案",
    "decide.pending": "退回待审",
    "merge.add": "并案",
    "merge.remove": "移出并案",
    "merge.dissolve": "解除并案",
    "units.assign": "指定承办单位",
    "units.add": "增加承办单位",
    "units.remove": "移除承办单位",
    "units.move": "调整承办单位顺序",
    "units.role": "更改承办角色",
    "units.deadline": "设置办理期限",
    "proposal.category": "更改类别",
    "proposal.opinion": "审查意见",
    "proposal.key": "重点提案",
    "note.add": "添加备注",
    "note.edit": "修改备注",
    "note.delete": "删除备注",
    "numbering.number": "编排提案号",
    "numbering.finalise": "确定提案号",
    "group.add": "新建审查小组",
    "group.reviewers": "更改小组成员",
    "group.assign": "分配审查小组",
    "group.by_category": "按类别分配审查小组",
    "session.edit": "修改会议信息",
    "sync.resolve": "解决冲突",
    "rules.resolve": "解决规则冲突",
}


def action_label_zh(action: str) -> str:
    """The Chinese name of an action code, e.g. "undo:decide.accept" -> "撤销：立案"."""
    kind, sep, rest = action.partition(":")
    if sep and kind in ("undo", "redo"):
        return ("撤销：" if kind == "undo" else "重做：") + action_label_zh(rest)
    if action.startswith("list."):
        return "修改基础列表"
    return ACTION_LABELS_ZH.get(action, action)
