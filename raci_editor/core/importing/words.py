"""Header words that say what a column is, in the languages our users write."""

from __future__ import annotations

import re

_ACTIVITY = re.compile(
    r"activit|task|deliverable|process|step|work ?package|item|action|duty|decision|"
    r"活动|任务|工作|事项|流程|职责|交付|"
    r"actividad|tarea|resultado|aufgabe|tätigkeit|prozess|tâche|activité|atividade|tarefa|"
    r"задач|деятельн|работ",
    re.IGNORECASE,
)
_EXTRA = re.compile(
    r"^(no\.?|nr\.?|#|№|id|s/?n|step id|task[ _]?id|wbs|ref\.?|reference|status|state|"
    r"priority|due|due date|date|deadline|start|end|finish|owner|notes?|comments?|remarks?|"
    r"hours?|effort|cost|budget|progress|%|percent|duration|week|"
    r"estado|prioridad|fecha|notas?|comentarios?|"
    r"状态|优先级|日期|截止日期|备注|说明|序号|编号|进度|工时|"
    r"время работы|неделя|часы|кол-во задач|статус|приоритет)$",
    re.IGNORECASE,
)


def says_activity(header: str) -> bool:
    """Whether a header names the activity column (``Task``, ``活动``, ``Aufgabe / Prozess``)."""
    return bool(_ACTIVITY.search(header))


def says_extra(header: str) -> bool:
    """Whether a header names an extra column (number, status, priority, date, notes…)."""
    return bool(_EXTRA.match(header.strip(" :")))
