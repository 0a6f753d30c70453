// The legal bases several rules share, written once: the clause and its words, verbatim.
#pragma once

#include "checkers/check.h"

namespace planc::checkers::bases {

/// 《突发事件应对法》（2007）第三条: emergencies fall into four grades.
inline Basis response_law_article_3() {
  return {"中华人民共和国突发事件应对法（2007）", "第三条",
          "按照社会危害程度、影响范围等因素，自然灾害、事故灾难、公共卫生事件分为特别重大、重大、较大和一般四级。",
          true};
}

/// 《突发事件应对法》（2007）第四十二条: four warning levels, red to blue, 一级 the highest.
inline Basis response_law_article_42() {
  return {"中华人民共和国突发事件应对法（2007）", "第四十二条",
          "可以预警的自然灾害、事故灾难和公共卫生事件的预警级别，按照突发事件发生的紧急程度、发展势态和可能造成的危害"
          "程度分为一级、二级、三级和四级，分别用红色、橙色、黄色和蓝色标示，一级为最高级别。",
          true};
}

/// 《突发事件应对法》（2024）第二十八条第一款: what a plan must set out, its organisation and
/// duties and its procedures among them.
inline Basis response_law_2024_article_28() {
  return {
      "《中华人民共和国突发事件应对法》（2024年修订）", "第二十八条第一款",
      "应急预案应当……具体规定突发事件应对管理工作的组织指挥体系与职责和突发事件的预防与预警机制、处置程序……等内容。",
      true};
}

}  // namespace planc::checkers::bases
